// Editing the terms of a draft contract (signed ones change only by agreement).
import { App, Divider, Form, Input } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import type { Contract } from '../../../api/types';
import FormModal from '../../../components/FormModal';
import { changed } from '../../../lib/objects';
import { contractBody, LineItemsEditor, TermsFormItems } from '../shared';

/** The terms of a draft as form values. */
function termsValues(c: Contract) {
  const x = c.terms;
  return {
    operator_party: c.parties.operator,
    effective_date: dayjs(x.effective_date),
    end_date: dayjs(x.end_date),
    term_months: x.term_months,
    auto_renew: x.auto_renew,
    notice_days: x.notice_days,
    sla_availability_bp: x.sla_availability_bp,
    sla_response_minutes: x.sla_response_minutes,
    late_fee_bp_per_day: x.late_fee_bp_per_day,
    confidentiality_years: x.confidentiality_years,
    line_items: x.line_items,
  };
}

/** The draft's operator party, terms and line items; only what changed is sent. */
export function EditTermsForm({ open, contract: c, onClose, onDone }: { open: boolean; contract: Contract; onClose: () => void; onDone: (c: Contract) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  return (
    <FormModal<Record<string, unknown>>
      open={open}
      title={t('contracts.editTerms')}
      width={980}
      initialValues={termsValues(c)}
      onClose={onClose}
      testId="contract-edit-form"
      onSubmit={async (v) => {
        const patch = changed(contractBody(termsValues(c)), contractBody(v));
        if (Object.keys(patch).length === 0) return;
        onDone(await api.patch<Contract>(`/api/v1/contracts/${c.id}`, patch));
        message.success(t('common.saved'));
      }}
    >
      <Form.Item name="operator_party" label={t('contracts.operatorParty')}>
        <Input maxLength={200} />
      </Form.Item>
      <TermsFormItems />
      <Divider orientation="left" orientationMargin={0}>
        {t('contracts.lineItems')}
      </Divider>
      <LineItemsEditor />
    </FormModal>
  );
}

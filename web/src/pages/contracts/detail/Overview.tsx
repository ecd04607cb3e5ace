// The header and summary of a contract: the actions in the page header and the overview card of
// parties, dates and who did what.
import { DiffOutlined, EditOutlined, FilePdfOutlined, PlayCircleOutlined, SignatureOutlined, StopOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Popconfirm } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Contract } from '../../../api/types';
import DateTime from '../../../components/DateTime';
import { fmtBp } from '../../../lib/format';

export type ContractModal = 'edit' | 'sign' | 'terminate' | 'amend' | 'request_termination';

/** The buttons of the page header: the scan, and the actions the server offers on this contract. */
export function ContractActions({ contract: c, busy, onOpen, onActivate }: { contract: Contract; busy: boolean; onOpen: (m: ContractModal) => void; onActivate: () => void }) {
  const { t } = useTranslation();
  const has = (x: string) => c.actions.includes(x);
  return (
    <>
      {c.signing && (
        <a href={c.signing.scan.url} target="_blank" rel="noreferrer" data-testid="contract-scan">
          <Button icon={<FilePdfOutlined />}>{t('contracts.viewScan')}</Button>
        </a>
      )}
      {has('update') && (
        <Button icon={<EditOutlined />} onClick={() => onOpen('edit')} data-testid="contract-edit">
          {t('contracts.editTerms')}
        </Button>
      )}
      {has('propose_amendment') && (
        <Button icon={<DiffOutlined />} onClick={() => onOpen('amend')} data-testid="amendment-propose">
          {t('amendments.propose')}
        </Button>
      )}
      {has('request_termination') && (
        <Button danger icon={<StopOutlined />} onClick={() => onOpen('request_termination')} data-testid="termination-request">
          {t('terminationRequests.request')}
        </Button>
      )}
      {has('terminate') && (
        <Button danger icon={<StopOutlined />} onClick={() => onOpen('terminate')} data-testid="contract-terminate">
          {t('contracts.terminate')}
        </Button>
      )}
      {has('sign') && (
        <Button type="primary" icon={<SignatureOutlined />} onClick={() => onOpen('sign')} data-testid="contract-sign">
          {t('contracts.sign')}
        </Button>
      )}
      {has('activate') && (
        <Popconfirm
          title={t('contracts.activateConfirm')}
          description={t('contracts.activateHelp')}
          okText={t('contracts.activate')}
          cancelText={t('common.cancel')}
          onConfirm={onActivate}
          okButtonProps={{ 'data-testid': 'activate-confirm' } as never}
        >
          <Button type="primary" icon={<PlayCircleOutlined />} loading={busy} data-testid="contract-activate">
            {t('contracts.activate')}
          </Button>
        </Popconfirm>
      )}
    </>
  );
}

/** Parties, dates, renewal, confidentiality, the application it came from, and who created and activated it. */
export function ContractOverview({ contract: c, staff }: { contract: Contract; staff: boolean }) {
  const { t } = useTranslation();
  return (
    <Card title={t('contracts.overview')}>
      <Descriptions size="small" column={{ xs: 1, md: 2 }} data-testid="contract-overview">
        <Descriptions.Item label={t('contracts.operatorParty')}>{c.parties.operator}</Descriptions.Item>
        <Descriptions.Item label={t('contracts.customerParty')}>{staff ? <Link to={`/customers/${c.customer.id}`}>{c.parties.customer}</Link> : c.parties.customer}</Descriptions.Item>
        <Descriptions.Item label={t('contracts.effectiveDate')}>{c.effective_date}</Descriptions.Item>
        <Descriptions.Item label={t('contracts.endDate')}>{c.end_date}</Descriptions.Item>
        <Descriptions.Item label={t('applications.termMonths')}>{t('applications.months', { count: c.term_months })}</Descriptions.Item>
        <Descriptions.Item label={t('contracts.autoRenew')}>
          {c.auto_renew ? t('contracts.autoRenewYes', { days: c.notice_days }) : t('common.no')}
        </Descriptions.Item>
        <Descriptions.Item label={t('contracts.confidentiality')}>
          <span data-testid="confidentiality">
            {t('contracts.confidentialityTerm', { years: c.confidentiality.years })} · {t('contracts.until', { date: c.confidentiality.until })}
          </span>
        </Descriptions.Item>
        <Descriptions.Item label={t('contracts.lateFee')}>
          {fmtBp(c.terms.late_fee_bp_per_day)} {t('contracts.perDay')}
        </Descriptions.Item>
        <Descriptions.Item label={t('contracts.application')}>
          {c.application_id ? <Link to={`/applications/${c.application_id}`}>{t('contracts.openApplication')}</Link> : '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('contracts.version')}>v{c.version}</Descriptions.Item>
        <Descriptions.Item label={t('contracts.createdBy')}>
          <div>
            {c.created_by}
            <div className="muted">
              <DateTime value={c.created_at} />
            </div>
          </div>
        </Descriptions.Item>
        {c.activated_at && (
          <Descriptions.Item label={t('contracts.activatedAt')}>
            <div>
              {c.activated_by}
              <div className="muted">
                <DateTime value={c.activated_at} />
              </div>
            </div>
          </Descriptions.Item>
        )}
        {c.ended_at && (
          <Descriptions.Item label={t('contracts.endedAt')}>
            <DateTime value={c.ended_at} />
          </Descriptions.Item>
        )}
      </Descriptions>
    </Card>
  );
}

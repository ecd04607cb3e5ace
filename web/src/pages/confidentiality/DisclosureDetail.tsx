// One disclosure request (披露申请) and, once made, the disclosure: what, to whom and why, its basis
// (the customer's written consent or the law, article and document), management's decision and
// what was handed over. Staff upload the consent, approve or reject, and record the disclosure.
import { UploadOutlined } from '@ant-design/icons';
import { App, Button, Card, Descriptions, Form, Input, Skeleton, Space, Tag, Upload } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { ApiError, api } from '../../api/client';
import type { DisclosureDetail as Detail } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import DateTime from '../../components/DateTime';
import FormModal from '../../components/FormModal';
import PageContainer from '../../components/PageContainer';
import ProblemAlert from '../../components/ProblemAlert';
import { DisclosureTag } from './shared';

type Step = 'approve' | 'reject' | 'disclose';

export default function DisclosureDetail() {
  const { t } = useTranslation();
  const { id } = useParams();
  const { isCustomer } = useAuth();
  const { message } = App.useApp();
  const [detail, setDetail] = useState<Detail>();
  const [error, setError] = useState<ApiError>();
  const [step, setStep] = useState<Step>();
  const load = useCallback(() => {
    api.get<Detail>(`/api/v1/confidentiality/disclosures/${id}`).then(setDetail).catch((e: ApiError) => setError(e));
  }, [id]);
  useEffect(load, [load]);
  const title = t('confidentiality.disclosureTitle');
  const back = isCustomer ? '/confidentiality/mine' : '/confidentiality';
  const crumbs = [{ title: t(isCustomer ? 'nav.myConfidentiality' : 'nav.confidentiality'), path: back }, { title: detail?.disclosure.number ?? '' }];
  if (error) return <PageContainer title={title} crumbs={crumbs}><ProblemAlert error={error} /></PageContainer>;
  if (!detail) return <PageContainer title={title} crumbs={crumbs}><Skeleton active paragraph={{ rows: 8 }} /></PageContainer>;
  const d = detail.disclosure;
  const can = (a: string) => detail.actions.includes(a as never);
  return (
    <PageContainer
      title={`${title} ${d.number}`}
      crumbs={crumbs}
      testId="disclosure-detail"
      extra={
        <Space wrap>
          {can('consent') && (
            <Upload
              accept="application/pdf,image/png,image/jpeg"
              showUploadList={false}
              customRequest={async ({ file }) => {
                const f = file as File;
                try {
                  setDetail(await api.upload<Detail>(`/api/v1/confidentiality/disclosures/${d.id}/consent`, f, f.type, { file_name: f.name }));
                  message.success(t('confidentiality.consentUploaded'));
                } catch (e) {
                  setError(e as ApiError);
                }
              }}
            >
              <Button icon={<UploadOutlined />} data-testid="disclosure-consent">{t('confidentiality.uploadConsent')}</Button>
            </Upload>
          )}
          {can('approve') && <Button type="primary" onClick={() => setStep('approve')} data-testid="disclosure-approve">{t('confidentiality.approve')}</Button>}
          {can('reject') && <Button danger onClick={() => setStep('reject')} data-testid="disclosure-reject">{t('confidentiality.reject')}</Button>}
          {can('disclose') && <Button type="primary" onClick={() => setStep('disclose')} data-testid="disclosure-disclose">{t('confidentiality.disclose')}</Button>}
        </Space>
      }
    >
      <Card>
        <Descriptions column={{ xs: 1, sm: 1, md: 2 }} bordered size="small" data-testid="disclosure-fields">
          <Descriptions.Item label={t('common.status')}><DisclosureTag status={d.status} /></Descriptions.Item>
          <Descriptions.Item label={t('confidentiality.customer')}>{d.customer_name}</Descriptions.Item>
          <Descriptions.Item label={t('confidentiality.recipient')}>{d.recipient} · {t(`confidentiality.recipientKind.${d.recipient_kind}`)}</Descriptions.Item>
          <Descriptions.Item label={t('confidentiality.categories')}>{d.categories.map((c) => <Tag key={c}>{t(`confidentiality.category.${c}`)}</Tag>)}</Descriptions.Item>
          <Descriptions.Item label={t('confidentiality.records')}>{d.records || '—'}</Descriptions.Item>
          <Descriptions.Item label={t('confidentiality.purpose')}>{d.purpose}</Descriptions.Item>
          <Descriptions.Item label={t('confidentiality.basisLabel')}>{t(`confidentiality.basis.${d.basis}`)}</Descriptions.Item>
          {d.basis === 'legal' ? (
            <Descriptions.Item label={t('confidentiality.law')}>{[d.law, d.article, d.document_number].filter(Boolean).join(' · ')}</Descriptions.Item>
          ) : (
            <Descriptions.Item label={t('confidentiality.consent')}>
              {d.consent_name ? (isCustomer ? d.consent_name : <a href={`/api/v1/confidentiality/disclosures/${d.id}/consent`}>{d.consent_name}</a>) : <Tag color="gold" bordered={false}>{t('confidentiality.consentMissing')}</Tag>}
            </Descriptions.Item>
          )}
          {d.withheld && <Descriptions.Item label={t('confidentiality.withheldLaw')}>{d.withheld_law}</Descriptions.Item>}
          <Descriptions.Item label={t('confidentiality.requestedBy')}>{d.requested_by} · <DateTime value={d.requested_at} /></Descriptions.Item>
          <Descriptions.Item label={t('confidentiality.decidedBy')}>{d.decided_by ? <>{d.decided_by} · <DateTime value={d.decided_at} />{d.decision_note ? ` · ${d.decision_note}` : ''}</> : '—'}</Descriptions.Item>
          <Descriptions.Item label={t('confidentiality.disclosedBy')}>{d.disclosed_by ? <>{d.disclosed_by} · <DateTime value={d.disclosed_at} /></> : '—'}</Descriptions.Item>
          <Descriptions.Item label={t('confidentiality.disclosedWhat')}>{d.disclosed_what ?? '—'}</Descriptions.Item>
        </Descriptions>
      </Card>
      <FormModal<{ note?: string; disclosed_what?: string }>
        open={!!step}
        title={step ? t(`confidentiality.${step}`) : ''}
        onClose={() => setStep(undefined)}
        testId="disclosure-step"
        onSubmit={async (v) => {
          setDetail(await api.post<Detail>(`/api/v1/confidentiality/disclosures/${d.id}/${step}`, v));
        }}
      >
        {step === 'disclose' ? (
          <Form.Item name="disclosed_what" label={t('confidentiality.disclosedWhat')} rules={[{ required: true, whitespace: true }]}>
            <Input.TextArea rows={3} maxLength={2000} data-testid="disclosure-what" />
          </Form.Item>
        ) : (
          <Form.Item name="note" label={t('confidentiality.note')} rules={[{ required: step === 'reject', whitespace: true }]}>
            <Input.TextArea rows={3} maxLength={2000} data-testid="disclosure-note" />
          </Form.Item>
        )}
      </FormModal>
    </PageContainer>
  );
}

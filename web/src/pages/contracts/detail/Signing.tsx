// Signing a contract with its scanned copy, the signature on record, and the lifecycle steps.
import { UploadOutlined } from '@ant-design/icons';
import { App, Card, DatePicker, Descriptions, Empty, Form, Input, Steps, Typography, Upload, type UploadFile } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../../api/client';
import type { Contract } from '../../../api/types';
import DateTime from '../../../components/DateTime';
import FormModal from '../../../components/FormModal';
import { businessToday } from '../../../lib/format';

const SCAN_TYPES: Record<string, string> = { pdf: 'application/pdf', png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg' };

function scanType(file: File): string {
  if (file.type) return file.type;
  const ext = file.name.split('.').pop()?.toLowerCase() ?? '';
  return SCAN_TYPES[ext] ?? 'application/octet-stream';
}

function fmtBytes(n: number | null | undefined): string {
  if (n == null) return '—';
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${(n / 1024 / 1024).toFixed(1)} MiB`;
}

/** Draft, signed, active, then ended (expired or terminated), with when each happened. */
export function LifecycleCard({ contract: c }: { contract: Contract }) {
  const { t } = useTranslation();
  const step = c.status === 'draft' ? 0 : c.status === 'signed' ? 1 : c.status === 'active' ? 2 : 3;
  return (
    <Card title={t('contracts.lifecycle')}>
      <Steps
        direction="vertical"
        size="small"
        current={step}
        status={c.status === 'terminated' ? 'error' : c.status === 'expired' ? 'finish' : 'process'}
        items={[
          { title: t('status.contract.draft'), description: <DateTime value={c.created_at} /> },
          { title: t('status.contract.signed'), description: c.signing ? <span>{c.signing.signed_on}</span> : undefined },
          { title: t('status.contract.active'), description: c.activated_at ? <DateTime value={c.activated_at} /> : undefined },
          {
            title: c.status === 'terminated' ? t('status.contract.terminated') : t('status.contract.expired'),
            description: c.ended_at ? <DateTime value={c.ended_at} /> : t('contracts.endsOn', { date: c.end_date }),
          },
        ]}
      />
    </Card>
  );
}

/** Who signed when, and the scan with its size and hash. */
export function SigningCard({ contract: c }: { contract: Contract }) {
  const { t } = useTranslation();
  return (
    <Card title={t('contracts.signing')} data-testid="contract-signing">
      {c.signing ? (
        <Descriptions size="small" column={1}>
          <Descriptions.Item label={t('contracts.signedOn')}>{c.signing.signed_on ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('contracts.customerSignatory')}>{c.signing.customer_signatory || '—'}</Descriptions.Item>
          <Descriptions.Item label={t('contracts.recordedBy')}>
            {c.signing.signed_by.name ?? '—'} · <DateTime value={c.signing.signed_at} />
          </Descriptions.Item>
          <Descriptions.Item label={t('contracts.scan')}>
            <a href={c.signing.scan.url} target="_blank" rel="noreferrer" data-testid="contract-scan-name">
              {c.signing.scan.file_name || t('phone.scanUnnamed', { number: c.number })}
            </a>
            <span className="muted"> · {fmtBytes(c.signing.scan.size)}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('contracts.scanHash')}>
            <Typography.Text className="mono" style={{ fontSize: 12 }} copyable={!!c.signing.scan.hash} ellipsis={{ tooltip: c.signing.scan.hash }}>
              {c.signing.scan.hash ?? '—'}
            </Typography.Text>
          </Descriptions.Item>
        </Descriptions>
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('contracts.notSigned')} />
      )}
    </Card>
  );
}

/** Recording the signature: the customer's signatory, the day, and the scanned copy. */
export function SignForm({ open, contract: c, onClose, onDone }: { open: boolean; contract: Contract; onClose: () => void; onDone: (c: Contract) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  return (
    <FormModal<{ customer_signatory: string; signed_on?: Dayjs; scan: UploadFile[] }>
      open={open}
      title={t('contracts.sign')}
      okText={t('contracts.recordSignature')}
      initialValues={{ signed_on: businessToday() }}
      onClose={onClose}
      testId="sign-form"
      onSubmit={async (v) => {
        const file = v.scan?.[0]?.originFileObj as File | undefined;
        if (!file) throw new ApiError({ status: 400, title: t('contracts.scanRequired'), errors: [{ field: 'scan', code: 'required', message: t('contracts.scanRequired') }] });
        const next = await api.upload<Contract>(`/api/v1/contracts/${c.id}/sign`, file, scanType(file), {
          customer_signatory: v.customer_signatory.trim(),
          signed_on: v.signed_on ? v.signed_on.format('YYYY-MM-DD') : undefined,
          file_name: file.name,
        });
        onDone(next);
        message.success(t('contracts.signedMessage'));
      }}
    >
      <Typography.Paragraph type="secondary">{t('contracts.signHelp')}</Typography.Paragraph>
      <Form.Item name="customer_signatory" label={t('contracts.customerSignatory')} rules={[{ required: true, whitespace: true }]}>
        <Input maxLength={200} data-testid="sign-signatory" />
      </Form.Item>
      <Form.Item name="signed_on" label={t('contracts.signedOn')}>
        <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(businessToday().endOf('day'))} />
      </Form.Item>
      <Form.Item
        name="scan"
        label={t('contracts.scan')}
        valuePropName="fileList"
        getValueFromEvent={(e: { fileList?: UploadFile[] } | UploadFile[]) => (Array.isArray(e) ? e : (e?.fileList ?? []).slice(-1))}
        rules={[{ required: true, message: t('contracts.scanRequired') }]}
        extra={t('contracts.scanHelp')}
      >
        <Upload.Dragger accept=".pdf,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg" maxCount={1} beforeUpload={() => false} data-testid="sign-scan">
          <p className="ant-upload-drag-icon">
            <UploadOutlined />
          </p>
          <p className="ant-upload-text">{t('contracts.scanDrop')}</p>
        </Upload.Dragger>
      </Form.Item>
    </FormModal>
  );
}

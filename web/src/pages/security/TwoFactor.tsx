// Two-factor sign-in pieces shared by the sign-in page and the account page: the enrolment QR code
// with its key, the code field, and the recovery codes shown once.
import { Alert, Button, Form, Input, Modal, Typography } from 'antd';
import QRCode from 'qrcode';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TotpEnrolment } from '../../api/types';

export function TotpQr({ uri }: { uri: string }) {
  const [svg, setSvg] = useState('');
  useEffect(() => {
    QRCode.toString(uri, { type: 'svg', margin: 1, width: 176 }).then(setSvg);
  }, [uri]);
  return <div data-testid="totp-qr" style={{ width: 176, height: 176 }} dangerouslySetInnerHTML={{ __html: svg }} />;
}

/** The authenticator's QR code and key, and the field for its first code. */
export function EnrolmentPanel({ enrolment, busy, onCode }: { enrolment: TotpEnrolment; busy: boolean; onCode: (code: string) => void }) {
  const { t } = useTranslation();
  return (
    <div data-testid="totp-enrolment">
      <Typography.Paragraph>{t('security.scan')}</Typography.Paragraph>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 16, alignItems: 'center', marginBottom: 16 }}>
        <TotpQr uri={enrolment.otpauth_uri} />
        <div style={{ minWidth: 0, flex: '1 1 160px' }}>
          <Typography.Text type="secondary">{t('security.secret')}</Typography.Text>
          <Typography.Paragraph copyable className="mono" style={{ wordBreak: 'break-all', marginBottom: 0 }} data-testid="totp-secret">
            {enrolment.secret}
          </Typography.Paragraph>
        </div>
      </div>
      <CodeForm busy={busy} submitText={t('security.confirm')} onCode={onCode} />
    </div>
  );
}

export function CodeForm({ busy, submitText, onCode }: { busy: boolean; submitText: string; onCode: (code: string) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  return (
    <Form form={form} layout="vertical" requiredMark={false} onFinish={(v: { code: string }) => onCode(v.code.trim())}>
      <Form.Item name="code" label={t('security.code')} rules={[{ required: true, message: t('security.codeRequired') }]}>
        <Input
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={6}
          placeholder={t('security.codePlaceholder')}
          style={{ maxWidth: 200, letterSpacing: 4 }}
          data-testid="totp-code"
          autoFocus
        />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={busy} data-testid="totp-submit">
        {submitText}
      </Button>
    </Form>
  );
}

export function RecoveryCodesModal({ codes, onDone }: { codes: string[] | null; onDone: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal
      open={!!codes}
      title={t('security.recoveryTitle')}
      closable={false}
      maskClosable={false}
      footer={
        <Button type="primary" onClick={onDone} data-testid="recovery-done">
          {t('security.recoveryStored')}
        </Button>
      }
    >
      <Alert type="warning" showIcon message={t('security.recoveryWarning')} style={{ marginBottom: 16 }} />
      <Typography.Paragraph copyable={{ text: (codes ?? []).join('\n') }} style={{ marginBottom: 0 }}>
        <span data-testid="recovery-codes" className="mono" style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(140px, 1fr))', gap: 8 }}>
          {(codes ?? []).map((c) => (
            <span key={c}>{c}</span>
          ))}
        </span>
      </Typography.Paragraph>
    </Modal>
  );
}

// One's own account: profile, password, two-factor sign-in, and API tokens (a new token's secret is shown once).
import { DeleteOutlined, KeyOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, DatePicker, Descriptions, Empty, Form, Input, Modal, Popconfirm, Row, Switch, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../api/client';
import type { ApiToken, RecoveryCodes, TotpEnrolment, TotpStatus } from '../api/types';
import { useAuth } from '../auth/AuthContext';
import DateTime from '../components/DateTime';
import FormModal from '../components/FormModal';
import PageContainer from '../components/PageContainer';
import { useRoleLabel } from '../lib/roles';
import { useApi } from '../lib/useApi';
import { useSubmit } from '../lib/useSubmit';
import NotificationSettingsCard from './system/NotificationSettingsCard';
import { CodeForm, EnrolmentPanel, RecoveryCodesModal } from './security/TwoFactor';

function PasswordCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const submit = useSubmit(form);
  return (
    <Card title={t('account.changePassword')} style={{ height: '100%' }}>
      {submit.alert}
      <Form
        form={form}
        layout="vertical"
        style={{ maxWidth: 420 }}
        onFinish={(v) =>
          submit.run(async () => {
            await api.post('/api/v1/auth/password', { current_password: v.current_password, new_password: v.new_password });
            form.resetFields();
            message.success(t('account.passwordChanged'));
          })
        }
      >
        <Form.Item name="current_password" label={t('auth.currentPassword')} rules={[{ required: true }]}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item name="new_password" label={t('auth.newPassword')} rules={[{ required: true }]} extra={t('account.passwordHint')}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label={t('auth.confirmPassword')}
          dependencies={['new_password']}
          rules={[
            { required: true },
            ({ getFieldValue }) => ({
              validator: (_, v) => (!v || v === getFieldValue('new_password') ? Promise.resolve() : Promise.reject(new Error(t('account.mismatch')))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={submit.submitting}>
          {t('account.changePassword')}
        </Button>
      </Form>
    </Card>
  );
}

function TwoFactorCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const status = useApi<TotpStatus>('/api/v1/me/totp');
  const [enrolment, setEnrolment] = useState<TotpEnrolment | null>(null);
  const [codes, setCodes] = useState<string[] | null>(null);
  const [disabling, setDisabling] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const run = async (f: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await f();
    } catch (e) {
      if (e instanceof ApiError) setError(e);
      else message.error(String(e));
    } finally {
      setBusy(false);
    }
  };
  const s = status.data;
  return (
    <Card
      title={t('security.twoFactor')}
      style={{ marginTop: 16 }}
      data-testid="totp-card"
      extra={s && (s.enabled ? <Tag color="green" data-testid="totp-state">{t('security.enabled')}</Tag> : <Tag data-testid="totp-state">{t('security.notEnabled')}</Tag>)}
    >
      <Typography.Paragraph type="secondary">{t('security.twoFactorHelp')}</Typography.Paragraph>
      {s?.required && !s.enabled && <Alert type="warning" showIcon message={t('security.requiredByRole')} style={{ marginBottom: 16 }} />}
      {error && <Alert type="error" showIcon message={error.message} style={{ marginBottom: 16 }} data-testid="totp-error" />}
      {s && !s.enabled && !enrolment && (
        <Button type="primary" loading={busy} data-testid="totp-enable" onClick={() => run(async () => setEnrolment(await api.post<TotpEnrolment>('/api/v1/me/totp')))}>
          {t('security.enable')}
        </Button>
      )}
      {s && !s.enabled && enrolment && (
        <EnrolmentPanel
          enrolment={enrolment}
          busy={busy}
          onCode={(code) =>
            run(async () => {
              const r = await api.post<RecoveryCodes>('/api/v1/me/totp/confirm', { code });
              setEnrolment(null);
              setCodes(r.recovery_codes);
            })
          }
        />
      )}
      {s?.enabled && (
        <>
          <Typography.Paragraph data-testid="totp-recovery-left">{t('security.recoveryLeft', { count: s.recovery_codes_left })}</Typography.Paragraph>
          {s.required ? (
            <Typography.Text type="secondary">{t('security.disableNotAllowed')}</Typography.Text>
          ) : disabling ? (
            <>
              <Typography.Paragraph type="secondary">{t('security.disableHelp')}</Typography.Paragraph>
              <CodeForm
                busy={busy}
                submitText={t('security.disable')}
                onCode={(code) =>
                  run(async () => {
                    await api.post('/api/v1/me/totp/disable', { code });
                    setDisabling(false);
                    message.success(t('security.disabledMessage'));
                    status.reload();
                  })
                }
              />
            </>
          ) : (
            <Button danger onClick={() => setDisabling(true)} data-testid="totp-disable">
              {t('security.disable')}
            </Button>
          )}
        </>
      )}
      <RecoveryCodesModal
        codes={codes}
        onDone={() => {
          setCodes(null);
          message.success(t('security.enabledMessage'));
          status.reload();
        }}
      />
    </Card>
  );
}

function TokensCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const tokens = useApi<ApiToken[]>('/api/v1/auth/tokens');
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<ApiToken | null>(null);
  const revoke = async (tok: ApiToken) => {
    try {
      await api.del(`/api/v1/auth/tokens/${tok.id}`);
      message.success(t('tokens.revoked'));
      tokens.reload();
    } catch (e) {
      message.error(e instanceof ApiError ? e.message : String(e));
    }
  };
  return (
    <Card
      title={t('tokens.title')}
      style={{ marginTop: 16 }}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="token-create">
          {t('tokens.create')}
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">{t('tokens.help')}</Typography.Paragraph>
      <Table<ApiToken>
        rowKey="id"
        size="middle"
        loading={!tokens.data && !tokens.error}
        dataSource={tokens.data ?? []}
        pagination={false}
        data-testid="tokens-table"
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('tokens.empty')} /> }}
        columns={[
          { title: t('tokens.name'), dataIndex: 'name', render: (n) => <span><KeyOutlined /> {n}</span> },
          { title: t('tokens.access'), dataIndex: 'read_only', render: (ro) => (ro ? <Tag>{t('tokens.readOnly')}</Tag> : <Tag color="orange">{t('tokens.readWrite')}</Tag>) },
          { title: t('common.createdAt'), dataIndex: 'created_at', render: (v) => <DateTime value={v} /> },
          { title: t('tokens.expires'), dataIndex: 'expires_at', render: (v) => (v ? <DateTime value={v} /> : t('tokens.never')) },
          { title: t('tokens.lastUsed'), dataIndex: 'last_used_at', render: (v) => <DateTime value={v} relative /> },
          {
            title: '',
            width: 100,
            render: (_, tok) => (
              <Popconfirm title={t('tokens.revokeConfirm')} okText={t('tokens.revoke')} okButtonProps={{ danger: true }} cancelText={t('common.cancel')} onConfirm={() => revoke(tok)}>
                <Button type="text" danger size="small" icon={<DeleteOutlined />}>
                  {t('tokens.revoke')}
                </Button>
              </Popconfirm>
            ),
          },
        ]}
      />
      <FormModal<{ name: string; read_only?: boolean; expires_at?: Dayjs }>
        open={creating}
        title={t('tokens.create')}
        okText={t('tokens.create')}
        initialValues={{ read_only: true }}
        onClose={() => setCreating(false)}
        testId="token-form"
        onSubmit={async (v) => {
          const tok = await api.post<ApiToken>('/api/v1/auth/tokens', {
            name: v.name,
            read_only: !!v.read_only,
            ...(v.expires_at ? { expires_at: v.expires_at.endOf('day').toISOString() } : {}),
          });
          setCreated(tok);
          tokens.reload();
        }}
      >
        <Form.Item name="name" label={t('tokens.name')} rules={[{ required: true }]}>
          <Input maxLength={100} placeholder={t('tokens.namePlaceholder')} data-testid="token-name" />
        </Form.Item>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="read_only" label={t('tokens.readOnly')} valuePropName="checked">
              <Switch />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="expires_at" label={t('tokens.expires')}>
              <DatePicker style={{ width: '100%' }} placeholder={t('tokens.never')} />
            </Form.Item>
          </Col>
        </Row>
      </FormModal>
      <Modal
        open={!!created}
        title={t('tokens.createdTitle')}
        onCancel={() => setCreated(null)}
        maskClosable={false}
        footer={
          <Button type="primary" onClick={() => setCreated(null)} data-testid="token-done">
            {t('tokens.stored')}
          </Button>
        }
      >
        <Alert type="warning" showIcon message={t('tokens.onceWarning')} style={{ marginBottom: 16 }} />
        <Typography.Paragraph copyable={{ text: created?.token ?? '', tooltips: [t('common.copy'), t('common.copied')] }} className="token-secret mono" data-testid="token-secret">
          {created?.token}
        </Typography.Paragraph>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          {t('tokens.usage')} <code>Authorization: Bearer …</code>
        </Typography.Paragraph>
      </Modal>
    </Card>
  );
}

export default function Account() {
  const { t } = useTranslation();
  const { user } = useAuth();
  const roleLabel = useRoleLabel();
  if (!user) return null;
  return (
    <PageContainer title={t('nav.account')} crumbs={[{ title: t('nav.account') }]} testId="account-page">
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card title={t('account.profile')} style={{ height: '100%' }}>
            <Descriptions column={1} size="small">
              <Descriptions.Item label={t('users.username')}>{user.username}</Descriptions.Item>
              <Descriptions.Item label={t('users.displayName')}>{user.display_name || '—'}</Descriptions.Item>
              <Descriptions.Item label={t('users.email')}>{user.email || '—'}</Descriptions.Item>
              <Descriptions.Item label={t('users.roles')}>
                {user.roles.map((r) => (
                  <Tag key={r} color="blue" bordered={false}>
                    {roleLabel(r)}
                  </Tag>
                ))}
              </Descriptions.Item>
              {user.customer_name && <Descriptions.Item label={t('dcim.customer')}>{user.customer_name}</Descriptions.Item>}
              <Descriptions.Item label={t('users.lastLogin')}>
                <DateTime value={user.last_login_at} />
              </Descriptions.Item>
            </Descriptions>
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <PasswordCard />
        </Col>
      </Row>
      <TwoFactorCard />
      <NotificationSettingsCard />
      <TokensCard />
    </PageContainer>
  );
}

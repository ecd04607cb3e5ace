import { EditOutlined, KeyOutlined, SafetyOutlined, StopOutlined, CheckCircleOutlined } from '@ant-design/icons';
import { App, Button, Card, Descriptions, Form, Popconfirm, Skeleton, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { api, ApiError } from '../../api/client';
import type { User } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import DateTime from '../../components/DateTime';
import FormModal from '../../components/FormModal';
import PageContainer from '../../components/PageContainer';
import { LoadError } from '../../components/Results';
import StatusTag from '../../components/StatusTag';
import { changed } from '../../lib/objects';
import { useRoleLabel } from '../../lib/roles';
import { useApi } from '../../lib/useApi';
import UserFormItems, { PasswordInput } from './UserForm';
import ChangeHistory from '../../components/ChangeHistory';
import { HISTORY_TYPES } from '../../lib/audit';

export default function UserDetail() {
  const { id } = useParams();
  const { t } = useTranslation();
  const { can, user: me } = useAuth();
  const { message } = App.useApp();
  const roleLabel = useRoleLabel();
  const user = useApi<User>(`/api/v1/users/${id}`);
  const [editing, setEditing] = useState(false);
  const [resetting, setResetting] = useState(false);
  if (user.error) return <LoadError error={user.error} onRetry={user.reload} />;
  if (!user.data) return <Skeleton active paragraph={{ rows: 10 }} />;
  const u = user.data;
  const writable = can('users.write');
  const toggle = async () => {
    try {
      const next = await api.post<User>(`/api/v1/users/${u.id}/${u.active ? 'disable' : 'enable'}`);
      user.setData(next);
      message.success(next.active ? t('users.enabled') : t('users.disabled'));
    } catch (e) {
      message.error(e instanceof ApiError ? e.message : String(e));
    }
  };
  // For a lost authenticator: the user's sessions end and its next sign-in enrols a new one.
  const resetTwoFactor = async () => {
    try {
      await api.post(`/api/v1/users/${u.id}/totp/reset`);
      message.success(t('users.twoFactorReset'));
    } catch (e) {
      message.error(e instanceof ApiError ? e.message : String(e));
    }
  };
  return (
    <PageContainer
      title={u.display_name || u.username}
      subTitle={u.username}
      tags={<StatusTag kind="user" value={u.active} />}
      crumbs={[{ title: t('nav.group.system') }, { title: t('nav.users'), path: '/system/users' }, { title: u.username }]}
      extra={
        writable && (
          <>
            <Button icon={<KeyOutlined />} onClick={() => setResetting(true)}>
              {t('users.resetPassword')}
            </Button>
            {me?.id !== u.id && (
              <Popconfirm title={t('users.resetTwoFactorConfirm')} okText={t('common.confirm')} cancelText={t('common.cancel')} onConfirm={resetTwoFactor}>
                <Button icon={<SafetyOutlined />} data-testid="user-reset-two-factor">
                  {t('users.resetTwoFactor')}
                </Button>
              </Popconfirm>
            )}
            {me?.id !== u.id && (
              <Popconfirm
                title={u.active ? t('users.disableConfirm') : t('users.enableConfirm')}
                okText={t('common.confirm')}
                cancelText={t('common.cancel')}
                onConfirm={toggle}
              >
                <Button danger={u.active} icon={u.active ? <StopOutlined /> : <CheckCircleOutlined />}>
                  {u.active ? t('users.disable') : t('users.enable')}
                </Button>
              </Popconfirm>
            )}
            <Button type="primary" icon={<EditOutlined />} onClick={() => setEditing(true)}>
              {t('common.edit')}
            </Button>
          </>
        )
      }
    >
      <Card>
        <Descriptions size="small" column={{ xs: 1, md: 2 }}>
          <Descriptions.Item label={t('users.username')}>{u.username}</Descriptions.Item>
          <Descriptions.Item label={t('users.displayName')}>{u.display_name || '—'}</Descriptions.Item>
          <Descriptions.Item label={t('users.email')}>{u.email || '—'}</Descriptions.Item>
          <Descriptions.Item label={t('users.roles')}>
            {u.roles.map((r) => (
              <Tag key={r} bordered={false} color="blue">
                {roleLabel(r)}
              </Tag>
            ))}
          </Descriptions.Item>
          <Descriptions.Item label={t('dcim.customer')}>
            {u.customer_id ? <Link to={`/customers/${u.customer_id}`}>{u.customer_name}</Link> : t('users.staff')}
          </Descriptions.Item>
          <Descriptions.Item label={t('users.lastLogin')}>
            <DateTime value={u.last_login_at} />
          </Descriptions.Item>
          <Descriptions.Item label={t('common.createdAt')}>
            <DateTime value={u.created_at} />
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card title={t('users.permissions')} style={{ marginTop: 16 }} size="small">
        {u.permissions.map((p) => (
          <Tag key={p} className="mono" style={{ marginBottom: 6 }}>
            {p}
          </Tag>
        ))}
      </Card>
      <FormModal<Partial<User>>
        open={editing}
        title={t('users.edit')}
        initialValues={u}
        onClose={() => setEditing(false)}
        onSubmit={async (v) => {
          const next = await api.patch<User>(`/api/v1/users/${u.id}`, changed(u, { display_name: v.display_name ?? '', email: v.email ?? '', roles: v.roles }));
          user.setData(next);
          message.success(t('common.saved'));
        }}
      >
        <UserFormItems />
      </FormModal>
      <FormModal<{ password: string }>
        open={resetting}
        title={t('users.resetPassword')}
        onClose={() => setResetting(false)}
        onSubmit={async (v) => {
          await api.post(`/api/v1/users/${u.id}/reset-password`, { password: v.password });
          message.success(t('users.passwordReset'));
        }}
      >
        <Form.Item name="password" label={t('auth.newPassword')} rules={[{ required: true }]} extra={t('users.resetHelp')}>
          <PasswordInput />
        </Form.Item>
      </FormModal>
      <ChangeHistory objectType={HISTORY_TYPES.user} objectId={id} />
    </PageContainer>
  );
}

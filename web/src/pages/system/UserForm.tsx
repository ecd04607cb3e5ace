import { Button, Col, Form, Input, Row, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../auth/AuthContext';
import { RefSelect } from '../../components/Ref';
import { CUSTOMER_ROLES } from '../../lib/roles';
import { useRoles } from '../../lib/useRoles';

export function randomPassword(): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';
  const bytes = new Uint32Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
}

export function PasswordInput({ value, onChange }: { value?: string; onChange?: (v: string) => void }) {
  const { t } = useTranslation();
  return (
    <Space.Compact style={{ width: '100%' }}>
      <Input.Password value={value} onChange={(e) => onChange?.(e.target.value)} autoComplete="new-password" />
      <Button onClick={() => onChange?.(randomPassword())}>{t('users.generate')}</Button>
    </Space.Compact>
  );
}

export default function UserFormItems({ create }: { create?: boolean }) {
  const { t } = useTranslation();
  const { can } = useAuth();
  const { options } = useRoles();
  const roles: string[] = Form.useWatch('roles') ?? [];
  const customerRole = roles.some((r) => CUSTOMER_ROLES.includes(r));
  // Business staff create customer users only; the server checks this too.
  const onlyCustomer = !can('users.write');
  return (
    <>
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item name="username" label={t('users.username')} rules={[{ required: !!create }]}>
            <Input maxLength={64} disabled={!create} autoComplete="off" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="display_name" label={t('users.displayName')}>
            <Input maxLength={100} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="email" label={t('users.email')}>
        <Input maxLength={254} type="email" />
      </Form.Item>
      {create && (
        <Form.Item name="password" label={t('auth.password')} rules={[{ required: true }]} extra={t('users.passwordHelp')}>
          <PasswordInput />
        </Form.Item>
      )}
      <Form.Item name="roles" label={t('users.roles')} rules={[{ required: true }]}>
        <Select mode="multiple" options={options((r) => !onlyCustomer || r.customer)} />
      </Form.Item>
      {create && customerRole && (
        <Form.Item name="customer_id" label={t('dcim.customer')} rules={[{ required: true }]}>
          <RefSelect kind="customers" />
        </Form.Item>
      )}
    </>
  );
}

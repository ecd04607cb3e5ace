// A customer's buyer details for the fapiao (开票信息): read by staff and the customer's users,
// changed by finance, business and the customer's administrator. Shown as a tab of the customer.
import { EditOutlined } from '@ant-design/icons';
import { App, Button, Descriptions, Form, Input, Radio, Skeleton } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import type { BillingProfile as Profile } from '../../../api/schema';
import { useAuth } from '../../../auth/AuthContext';
import FormModal from '../../../components/FormModal';
import { LoadError } from '../../../components/Results';
import { useApi } from '../../../lib/useApi';

type Values = Omit<Profile, 'customer_id' | 'updated_by' | 'updated_at'>;

export default function BillingProfile({ customerId }: { customerId: number }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { can } = useAuth();
  const path = `/api/v1/customers/${customerId}/billing-profile`;
  const profile = useApi<Profile>(path);
  const [editing, setEditing] = useState(false);
  if (profile.error) return <LoadError error={profile.error} />;
  if (!profile.data) return <Skeleton active />;
  const p = profile.data;
  const dash = (v: string) => v || '—';
  return (
    <div data-testid="billing-profile">
      <Descriptions
        column={{ xs: 1, md: 2 }}
        size="small"
        extra={
          can('billing.profile.write') && (
            <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="billing-profile-edit">
              {t('common.edit')}
            </Button>
          )
        }
      >
        <Descriptions.Item label={t('billing.profile.name')}>{dash(p.name)}</Descriptions.Item>
        <Descriptions.Item label={t('billing.profile.taxpayerId')}><span className="mono">{dash(p.taxpayer_id)}</span></Descriptions.Item>
        <Descriptions.Item label={t('billing.profile.fapiaoType')}>{p.fapiao_type ? t(`billing.profile.type.${p.fapiao_type}`) : '—'}</Descriptions.Item>
        <Descriptions.Item label={t('billing.profile.email')}>{dash(p.invoice_email)}</Descriptions.Item>
        <Descriptions.Item label={t('billing.profile.address')}>{dash(p.address)}</Descriptions.Item>
        <Descriptions.Item label={t('billing.profile.phone')}>{dash(p.phone)}</Descriptions.Item>
        <Descriptions.Item label={t('billing.profile.bankName')}>{dash(p.bank_name)}</Descriptions.Item>
        <Descriptions.Item label={t('billing.profile.bankAccount')}><span className="mono">{dash(p.bank_account)}</span></Descriptions.Item>
      </Descriptions>
      <FormModal<Values>
        open={editing}
        title={t('billing.profile.title')}
        initialValues={{ ...p, fapiao_type: p.fapiao_type || 'special' }}
        onClose={() => setEditing(false)}
        onSubmit={async (v) => {
          profile.setData(await api.put<Profile>(path, v));
          message.success(t('billing.profile.saved'));
        }}
        testId="billing-profile-modal"
      >
        <Form.Item name="name" label={t('billing.profile.name')} rules={[{ required: true }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="taxpayer_id" label={t('billing.profile.taxpayerId')} extra={t('billing.profile.taxpayerHint')} rules={[{ required: true }]}>
          <Input maxLength={40} className="mono" />
        </Form.Item>
        <Form.Item name="fapiao_type" label={t('billing.profile.fapiaoType')} rules={[{ required: true }]}>
          <Radio.Group options={['special', 'normal'].map((v) => ({ value: v, label: t(`billing.profile.type.${v}`) }))} />
        </Form.Item>
        <Form.Item name="address" label={t('billing.profile.address')}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item name="phone" label={t('billing.profile.phone')}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item name="bank_name" label={t('billing.profile.bankName')}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="bank_account" label={t('billing.profile.bankAccount')}>
          <Input maxLength={64} />
        </Form.Item>
        <Form.Item name="invoice_email" label={t('billing.profile.email')}>
          <Input maxLength={200} type="email" />
        </Form.Item>
      </FormModal>
    </div>
  );
}

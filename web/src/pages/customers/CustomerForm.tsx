import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';

// The values come from the API document (api/types).
export { CUSTOMER_STATUSES } from '../../api/types';
import { CUSTOMER_STATUSES } from '../../api/types';

export default function CustomerFormItems() {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item name="name" label={t('customers.name')} rules={[{ required: true }]}>
        <Input maxLength={200} placeholder={t('customers.namePlaceholder')} />
      </Form.Item>
      <Form.Item name="credit_code" label={t('customers.creditCode')} tooltip={t('customers.creditCodeHelp')}>
        <Input maxLength={18} className="mono" placeholder="91110108MA01XXXXXX" />
      </Form.Item>
      <Form.Item name="address" label={t('common.address')}>
        <Input.TextArea rows={2} maxLength={500} />
      </Form.Item>
      <Form.Item name="status" label={t('common.status')}>
        <Select options={CUSTOMER_STATUSES.map((s) => ({ value: s, label: t(`status.customer.${s}`) }))} />
      </Form.Item>
    </>
  );
}

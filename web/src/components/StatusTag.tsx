import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const COLOURS: Record<string, Record<string, string>> = {
  device: { planned: 'default', installed: 'blue', active: 'green', maintenance: 'orange', decommissioned: 'red' },
  rack: { planned: 'default', active: 'green', reserved: 'purple', decommissioned: 'red' },
  customer: { prospect: 'blue', active: 'green', suspended: 'orange', closed: 'default' },
  ipam: { active: 'green', reserved: 'purple', deprecated: 'default', container: 'blue', dhcp: 'cyan' },
  user: { true: 'green', false: 'red' },
  application: {
    draft: 'default',
    business_review: 'blue',
    technical_review: 'geekblue',
    management_review: 'purple',
    approved: 'cyan',
    contracted: 'green',
    returned: 'orange',
    rejected: 'red',
    withdrawn: 'default',
  },
  contract: { draft: 'default', signed: 'blue', active: 'green', expired: 'orange', terminated: 'red' },
  amendment: {
    proposed_by_operator: 'blue',
    proposed_by_customer: 'blue',
    agreed: 'cyan',
    effective: 'green',
    rejected: 'red',
    withdrawn: 'default',
    lapsed: 'volcano',
  },
};

/** A coloured, translated status: kind picks the vocabulary (status.<kind>.<value>). */
export default function StatusTag({ kind, value }: { kind: keyof typeof COLOURS; value: string | boolean }) {
  const { t } = useTranslation();
  const v = String(value);
  return (
    <Tag color={COLOURS[kind]?.[v] ?? 'default'} bordered={false}>
      {t(`status.${kind}.${v}`, { defaultValue: v })}
    </Tag>
  );
}

import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const COLOURS: Record<string, Record<string, string>> = {
  device: { planned: 'default', installed: 'blue', active: 'green', maintenance: 'orange', decommissioned: 'red' },
  rack: { planned: 'default', active: 'green', reserved: 'purple', decommissioned: 'red' },
  customer: { prospect: 'blue', active: 'green', suspended: 'orange', closed: 'default' },
  ipam: { active: 'green', reserved: 'purple', deprecated: 'default', container: 'blue', dhcp: 'cyan' },
  user: { true: 'green', false: 'red' },
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

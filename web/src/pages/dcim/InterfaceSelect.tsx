// Picks one interface of one device (the device chosen first).
import { Select } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Page } from '../../api/client';
import type { Interface } from '../../api/types';

export default function InterfaceSelect({ device, value, onChange, testId }: { device?: number; value?: number | null; onChange?: (v: number | null) => void; testId?: string }) {
  const { t } = useTranslation();
  const [options, setOptions] = useState<{ value: number; label: string }[]>([]);
  useEffect(() => {
    if (!device) {
      setOptions([]);
      return;
    }
    let live = true;
    api.get<Page<Interface>>('/api/v1/dcim/interfaces', { device, limit: 500 }).then((p) => {
      if (live) setOptions(p.results.map((i) => ({ value: i.id, label: i.name })));
    });
    return () => {
      live = false;
    };
  }, [device]);
  return (
    <Select
      allowClear
      disabled={!device}
      placeholder={device ? undefined : t('ipam.pickDeviceFirst')}
      value={value ?? undefined}
      onChange={(v) => onChange?.(v ?? null)}
      options={options}
      data-testid={testId}
    />
  );
}


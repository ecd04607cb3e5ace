// Pieces the backup pages share: the value lists from the API document, status tags, byte sizes
// and a picker of the caller's backup plans.
import { Select, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { Page } from '../../api/client';
import {
  backupPlanSchedule_kindValues,
  backupPlanSource_kindValues,
  backupPlanStatusValues,
  backupRestoreStatusValues,
  backupRestoreTarget_kindValues,
  backupRunEngineValues,
  backupRunKindValues,
  backupRunStatusValues,
} from '../../api/schema';
import type { BackupPlan } from '../../api/types';

export const SOURCE_KINDS = backupPlanSource_kindValues;
export const SCHEDULE_KINDS = backupPlanSchedule_kindValues;
export const PLAN_STATUSES = backupPlanStatusValues;
export const RUN_STATUSES = backupRunStatusValues;
export const RUN_KINDS = backupRunKindValues;
export const ENGINES = backupRunEngineValues;
export const RESTORE_STATUSES = backupRestoreStatusValues;
export const RESTORE_TARGETS = backupRestoreTarget_kindValues;

const COLOURS: Record<string, string> = {
  active: 'green',
  paused: 'default',
  running: 'processing',
  succeeded: 'green',
  failed: 'red',
  requested: 'gold',
  approved: 'blue',
  rejected: 'default',
  verified: 'cyan',
  confirmed: 'green',
};

export function StatusTag({ status, kind }: { status: string; kind: 'plan' | 'run' | 'restore' }) {
  const { t } = useTranslation();
  return <Tag color={COLOURS[status] ?? 'default'}>{t(`backups.${kind}Status.${status}`)}</Tag>;
}

export function bytes(n: number | null | undefined): string {
  if (n === null || n === undefined) return '—';
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let v = n;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i += 1;
  }
  return `${i === 0 ? v : v.toFixed(1)} ${units[i]}`;
}

export function PlanPicker({ value, onChange }: { value?: number; onChange?: (v: number) => void }) {
  const { t } = useTranslation();
  const [rows, setRows] = useState<BackupPlan[]>([]);
  useEffect(() => {
    api
      .get<Page<BackupPlan>>('/api/v1/backups/plans', { limit: 200 })
      .then((p) => setRows(p.results))
      .catch(() => undefined);
  }, []);
  return (
    <Select<number>
      value={value}
      onChange={onChange}
      placeholder={t('backups.planPlaceholder')}
      data-testid="backup-restore-plan"
      options={rows.map((p) => ({ value: p.id, label: `${p.name} · ${p.contract_number}` }))}
    />
  );
}

// Backup runs (备份记录, R6.1): every run of every plan, Colo's own restic runs, restore tests and
// runs reported by other engines, with figures, result, reason, the ticket a failure opened and
// the log excerpt. A customer sees its own.
import { Button, Card, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupRun } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import PageContainer from '../../components/PageContainer';
import ServerTable from '../../components/ServerTable';
import { fmtInstant } from '../../lib/format';
import { useTableQuery } from '../../lib/useTableQuery';
import { bytes, ENGINES, RUN_KINDS, RUN_STATUSES, StatusTag } from './shared';

export default function Runs() {
  const { t } = useTranslation();
  const { isCustomer } = useAuth();
  const table = useTableQuery();
  const f = table.filters;
  const title = isCustomer ? t('nav.myBackupRuns') : t('nav.backupRuns');
  // The log opens in a dialog of its own: its long lines wrap there instead of widening the table.
  const [log, setLog] = useState<BackupRun | null>(null);
  return (
    <PageContainer
      title={title}
      subTitle={t('backups.runSubtitle')}
      crumbs={isCustomer ? [{ title }] : [{ title: t('nav.group.facility') }, { title }]}
      testId="backup-runs-page"
    >
      <Card>
        <div className="filter-bar">
          <Select
            allowClear
            placeholder={t('backups.result')}
            value={f.status}
            onChange={(v) => table.setFilter('status', v)}
            style={{ width: 120 }}
            data-testid="backup-runs-status"
            options={RUN_STATUSES.map((s) => ({ value: s, label: t(`backups.runStatus.${s}`) }))}
          />
          <Select
            allowClear
            placeholder={t('backups.kind')}
            value={f.kind}
            onChange={(v) => table.setFilter('kind', v)}
            style={{ width: 120 }}
            options={RUN_KINDS.map((s) => ({ value: s, label: t(`backups.runKind.${s}`) }))}
          />
          <Select
            allowClear
            placeholder={t('backups.engine')}
            value={f.engine}
            onChange={(v) => table.setFilter('engine', v)}
            style={{ width: 120 }}
            options={ENGINES.map((s) => ({ value: s, label: t(`backups.engineValue.${s}`) }))}
          />
          <Input.Search key={f.q ?? ''} allowClear placeholder={t('backups.runSearch')} defaultValue={f.q} onSearch={(v) => table.setFilter('q', v)} style={{ width: 240 }} />
        </div>
        <ServerTable<BackupRun>
          path="/api/v1/backups/runs"
          query={{ q: f.q, status: f.status, kind: f.kind, engine: f.engine, customer: f.customer, plan_id: f.plan_id }}
          filterKeys={['q', 'status', 'kind', 'engine', 'customer', 'plan_id']}
          table={table}
          testId="backup-runs-table"
          listKey="backupRuns"
          exportName={title}
          emptyText={t('backups.noRuns')}
          columns={[
            { title: t('backups.startedAt'), dataIndex: 'started_at', render: (v: string) => fmtInstant(v) },
            { title: t('backups.planName'), dataIndex: 'plan_name' },
            { title: t('backups.kind'), dataIndex: 'kind', render: (v: string) => t(`backups.runKind.${v}`) },
            { title: t('backups.engine'), dataIndex: 'engine', render: (v: string) => t(`backups.engineValue.${v}`) },
            { title: t('backups.result'), dataIndex: 'status', render: (v: string) => <StatusTag kind="run" status={v} /> },
            { title: t('backups.files'), dataIndex: 'files', render: (v: number | null) => v ?? '—' },
            { title: t('backups.bytesAdded'), dataIndex: 'bytes_added', render: (v: number | null) => bytes(v) },
            { title: t('backups.snapshot'), dataIndex: 'snapshot_id', render: (v: string | null) => <span className="mono">{v ? v.slice(0, 8) : '—'}</span> },
            { title: t('backups.reasonLabel'), dataIndex: 'reason', render: (v: string | null) => (v ? t(`backups.reason.${v}`) : '—') },
            { title: t('backups.ticket'), dataIndex: 'ticket_number', render: (v: string | null) => <span className="mono">{v ?? '—'}</span> },
            {
              title: t('backups.log'),
              key: 'log',
              render: (_: unknown, r: BackupRun) => (
                <Button size="small" onClick={() => setLog(r)} data-testid={`backup-run-log-open-${r.id}`}>
                  {t('backups.showLog')}
                </Button>
              ),
            },
          ]}
        />
      </Card>
      <Modal open={log !== null} title={t('backups.log')} footer={null} width={800} onCancel={() => setLog(null)}>
        <pre className="mono" style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all', maxHeight: '60vh', overflow: 'auto', margin: 0 }} data-testid="backup-run-log">
          {log?.log_excerpt || '—'}
        </pre>
      </Modal>
    </PageContainer>
  );
}

// Restore requests (数据恢复, R6.1): the customer asks (plan, snapshot, paths, the original place or
// another path of its own), operations approves and executes, Colo verifies, the customer confirms.
import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Form, Input, Select, Space, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { Page } from '../../api/client';
import type { BackupRestore, BackupRun } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import FormModal from '../../components/FormModal';
import PageContainer from '../../components/PageContainer';
import ServerTable, { type ServerTableHandle } from '../../components/ServerTable';
import { fmtInstant } from '../../lib/format';
import { useTableQuery } from '../../lib/useTableQuery';
import { PlanPicker, RESTORE_STATUSES, RESTORE_TARGETS, StatusTag } from './shared';

interface RequestValues {
  plan_id: number;
  snapshot_id: string;
  paths?: string;
  target_kind: string;
  target_path?: string;
  note?: string;
}

function SnapshotPicker({ planId, value, onChange }: { planId?: number; value?: string; onChange?: (v: string) => void }) {
  const { t } = useTranslation();
  const [runs, setRuns] = useState<BackupRun[]>([]);
  useEffect(() => {
    if (!planId) return;
    api
      .get<Page<BackupRun>>('/api/v1/backups/runs', { plan_id: planId, status: 'succeeded', kind: 'backup', limit: 50 })
      .then((p) => setRuns(p.results.filter((r) => r.snapshot_id)))
      .catch(() => undefined);
  }, [planId]);
  return (
    <Select<string>
      value={value}
      onChange={onChange}
      placeholder={t('backups.snapshotPlaceholder')}
      data-testid="backup-restore-snapshot"
      options={runs.map((r) => ({ value: r.snapshot_id ?? '', label: `${(r.snapshot_id ?? '').slice(0, 8)} · ${fmtInstant(r.started_at)}` }))}
    />
  );
}

export default function Restores() {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const { can, isCustomer } = useAuth();
  const table = useTableQuery();
  const f = table.filters;
  const ref = useRef<ServerTableHandle>(null);
  const [asking, setAsking] = useState(false);
  const title = isCustomer ? t('nav.myBackupRestores') : t('nav.backupRestores');
  const approver = !isCustomer && can('backups.restore_approve');
  const step = async (x: BackupRestore, action: string) => {
    try {
      const done = await api.post<BackupRestore>(`/api/v1/backups/restores/${x.id}/${action}`, {});
      if (action === 'execute')
        done.status === 'verified' ? message.success(t('backups.restoreVerified')) : message.error(t('backups.restoreFailedMsg'));
      ref.current?.reload();
    } catch (e) {
      message.error((e as Error).message);
    }
  };
  const confirmStep = (x: BackupRestore, action: string) =>
    modal.confirm({ title: t(`backups.confirm.${action}`), onOk: () => step(x, action), okText: t(`backups.action.${action}`) });
  return (
    <PageContainer
      title={title}
      subTitle={t('backups.restoreSubtitle')}
      crumbs={isCustomer ? [{ title }] : [{ title: t('nav.group.facility') }, { title }]}
      testId="backup-restores-page"
      extra={
        can('backups.restore_request') && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setAsking(true)} data-testid="backup-restore-new">
            {t('backups.requestRestore')}
          </Button>
        )
      }
    >
      <Card>
        <div className="filter-bar">
          <Select
            allowClear
            placeholder={t('common.status')}
            value={f.status}
            onChange={(v) => table.setFilter('status', v)}
            style={{ width: 120 }}
            options={RESTORE_STATUSES.map((s) => ({ value: s, label: t(`backups.restoreStatus.${s}`) }))}
          />
          <Input.Search key={f.q ?? ''} allowClear placeholder={t('backups.restoreSearch')} defaultValue={f.q} onSearch={(v) => table.setFilter('q', v)} style={{ width: 240 }} />
        </div>
        <ServerTable<BackupRestore>
          ref={ref}
          path="/api/v1/backups/restores"
          query={{ q: f.q, status: f.status, customer: f.customer }}
          filterKeys={['q', 'status', 'customer']}
          table={table}
          testId="backup-restores-table"
          listKey="backupRestores"
          exportName={title}
          emptyText={t('backups.noRestores')}
          expandable={{
            expandedRowRender: (x) => (
              <Typography.Paragraph style={{ margin: 0 }}>
                {x.note && <div>{t('backups.note')}：{x.note}</div>}
                {x.decision_note && <div>{t('backups.decisionNote')}：{x.decision_note}</div>}
                {x.verification && <pre className="mono" style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all', margin: 0 }}>{x.verification}</pre>}
                {x.confirmation_note && <div>{t('backups.confirmationNote')}：{x.confirmation_note}</div>}
              </Typography.Paragraph>
            ),
          }}
          columns={[
            { title: t('backups.requestedAt'), dataIndex: 'requested_at', render: (v: string) => fmtInstant(v) },
            { title: t('backups.planName'), dataIndex: 'plan_name' },
            { title: t('backups.snapshot'), dataIndex: 'snapshot_id', render: (v: string) => <span className="mono">{v.slice(0, 8)}</span> },
            {
              title: t('backups.target'),
              dataIndex: 'target_kind',
              render: (v: string, x) => (v === 'original' ? t('backups.targetKind.original') : <span className="mono">{x.target_path}</span>),
            },
            { title: t('common.status'), dataIndex: 'status', render: (v: string) => <StatusTag kind="restore" status={v} /> },
            { title: t('backups.filesVerified'), dataIndex: 'files_verified', render: (v: number | null) => v ?? '—' },
            {
              title: t('backups.actions'),
              key: 'actions',
              render: (_: unknown, x: BackupRestore) => (
                <Space size="small" wrap>
                  {approver && x.status === 'requested' && (
                    <>
                      <Button size="small" type="primary" onClick={() => confirmStep(x, 'approve')} data-testid={`backup-restore-approve-${x.id}`}>
                        {t('backups.action.approve')}
                      </Button>
                      <Button size="small" danger onClick={() => confirmStep(x, 'reject')}>
                        {t('backups.action.reject')}
                      </Button>
                    </>
                  )}
                  {approver && x.status === 'approved' && (
                    <Button size="small" type="primary" onClick={() => confirmStep(x, 'execute')} data-testid={`backup-restore-execute-${x.id}`}>
                      {t('backups.action.execute')}
                    </Button>
                  )}
                  {isCustomer && x.status === 'verified' && (
                    <Button size="small" type="primary" onClick={() => confirmStep(x, 'confirm')} data-testid={`backup-restore-confirm-${x.id}`}>
                      {t('backups.action.confirm')}
                    </Button>
                  )}
                </Space>
              ),
            },
          ]}
        />
      </Card>
      <FormModal<RequestValues>
        open={asking}
        title={t('backups.requestRestore')}
        initialValues={{ target_kind: 'original' }}
        onClose={() => setAsking(false)}
        testId="backup-restore-form"
        onSubmit={async (v) => {
          await api.post('/api/v1/backups/restores', {
            plan_id: v.plan_id,
            snapshot_id: v.snapshot_id,
            paths: (v.paths ?? '').split('\n').map((l) => l.trim()).filter(Boolean),
            target_kind: v.target_kind,
            target_path: v.target_kind === 'path' ? v.target_path?.trim() ?? '' : '',
            note: v.note?.trim() ?? '',
          });
          ref.current?.reload();
        }}
      >
        <Typography.Paragraph type="secondary">{t('backups.requestHelp')}</Typography.Paragraph>
        <Form.Item name="plan_id" label={t('backups.planName')} rules={[{ required: true, message: t('backups.planRequired') }]}>
          <PlanPicker />
        </Form.Item>
        <Form.Item noStyle shouldUpdate={(a, b) => a.plan_id !== b.plan_id}>
          {({ getFieldValue }) => (
            <Form.Item name="snapshot_id" label={t('backups.snapshot')} rules={[{ required: true, message: t('backups.snapshotRequired') }]}>
              <SnapshotPicker planId={getFieldValue('plan_id')} />
            </Form.Item>
          )}
        </Form.Item>
        <Form.Item name="paths" label={t('backups.restorePaths')} extra={t('backups.restorePathsHelp')}>
          <Input.TextArea rows={2} className="mono" />
        </Form.Item>
        <Form.Item name="target_kind" label={t('backups.target')}>
          <Select data-testid="backup-restore-target-kind" options={RESTORE_TARGETS.map((s) => ({ value: s, label: t(`backups.targetKind.${s}`) }))} />
        </Form.Item>
        <Form.Item noStyle shouldUpdate={(a, b) => a.target_kind !== b.target_kind}>
          {({ getFieldValue }) =>
            getFieldValue('target_kind') === 'path' && (
              <Form.Item name="target_path" label={t('backups.targetPath')} extra={t('backups.targetPathHelp')}>
                <Input className="mono" data-testid="backup-restore-target-path" />
              </Form.Item>
            )
          }
        </Form.Item>
        <Form.Item name="note" label={t('backups.note')}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      </FormModal>
    </PageContainer>
  );
}

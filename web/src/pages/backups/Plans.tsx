// Backup plans (备份计划, R6.1): per contract, what is backed up, when, how long snapshots are
// kept, where the repository is. Staff create and edit them and run one now; a customer reads its own.
import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Form, Input, InputNumber, Select, Space, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { BackupPlan, BackupRun } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import FormModal from '../../components/FormModal';
import PageContainer from '../../components/PageContainer';
import ServerTable, { type ServerTableHandle } from '../../components/ServerTable';
import { fmtInstant } from '../../lib/format';
import { useTableQuery } from '../../lib/useTableQuery';
import { ContractPicker } from '../billing/collections/shared';
import { PLAN_STATUSES, SCHEDULE_KINDS, SOURCE_KINDS, StatusTag } from './shared';

interface PlanValues {
  contract_id: number;
  name: string;
  source_kind: string;
  paths?: string;
  dump_command?: string;
  dump_filename?: string;
  ssh_host?: string;
  ssh_port?: number;
  ssh_user?: string;
  ssh_key?: string;
  schedule_kind: string;
  interval_minutes?: number;
  daily_at?: string;
  keep_last?: number;
  keep_daily?: number;
  keep_weekly?: number;
  keep_monthly?: number;
  repository: string;
  location: string;
  repository_password?: string;
  restore_test_days?: number;
  timeout_minutes?: number;
  status: string;
}

const lines = (s?: string) => (s ?? '').split('\n').map((l) => l.trim()).filter(Boolean);

function valuesOf(p: BackupPlan): Partial<PlanValues> {
  return {
    contract_id: p.contract_id,
    name: p.name,
    source_kind: p.source_kind,
    paths: p.paths.join('\n'),
    dump_command: p.dump_command.join(' '),
    dump_filename: p.dump_filename,
    ssh_host: p.ssh_host || undefined,
    ssh_port: p.ssh_port || undefined,
    ssh_user: p.ssh_user || undefined,
    schedule_kind: p.schedule_kind,
    interval_minutes: p.interval_minutes || undefined,
    daily_at: p.daily_at,
    keep_last: p.retention.keep_last,
    keep_daily: p.retention.keep_daily,
    keep_weekly: p.retention.keep_weekly,
    keep_monthly: p.retention.keep_monthly,
    repository: p.repository,
    location: p.location,
    restore_test_days: p.restore_test_days,
    timeout_minutes: p.timeout_minutes,
    status: p.status,
  };
}

/** What a plan backs up, in one line: the paths, the customer's host over SSH and its paths, or the dump command. */
function sourceText(kind: string, p: BackupPlan): string {
  if (kind === 'ssh') return `${p.ssh_user}@${p.ssh_host}${p.ssh_port && p.ssh_port !== 22 ? `:${p.ssh_port}` : ''} ${p.paths.join(', ')}`;
  if (kind === 'command') return p.dump_command.join(' ');
  return p.paths.join(', ');
}

export default function Plans() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { can, isCustomer } = useAuth();
  const table = useTableQuery();
  const f = table.filters;
  const ref = useRef<ServerTableHandle>(null);
  const [editing, setEditing] = useState<BackupPlan | 'new' | null>(null);
  const [running, setRunning] = useState<number | null>(null);
  const writable = !isCustomer && can('backups.write');
  const title = isCustomer ? t('nav.myBackupPlans') : t('nav.backupPlans');
  const runNow = async (p: BackupPlan) => {
    setRunning(p.id);
    try {
      const r = await api.post<BackupRun>(`/api/v1/backups/plans/${p.id}/run`, {});
      if (r.status === 'succeeded') message.success(t('backups.runSucceeded', { snapshot: r.snapshot_id ?? '' }));
      else message.error(t('backups.runFailed', { reason: t(`backups.reason.${r.reason ?? 'tool_failed'}`) }));
      ref.current?.reload();
    } catch (e) {
      message.error((e as Error).message);
    } finally {
      setRunning(null);
    }
  };
  return (
    <PageContainer
      title={title}
      subTitle={t('backups.planSubtitle')}
      crumbs={isCustomer ? [{ title }] : [{ title: t('nav.group.facility') }, { title }]}
      testId="backup-plans-page"
      extra={
        writable && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="backup-plan-new">
            {t('backups.newPlan')}
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
            options={PLAN_STATUSES.map((s) => ({ value: s, label: t(`backups.planStatus.${s}`) }))}
          />
          <Input.Search key={f.q ?? ''} allowClear placeholder={t('backups.planSearch')} defaultValue={f.q} onSearch={(v) => table.setFilter('q', v)} style={{ width: 260 }} />
        </div>
        <ServerTable<BackupPlan>
          ref={ref}
          path="/api/v1/backups/plans"
          query={{ q: f.q, status: f.status }}
          filterKeys={['q', 'status']}
          table={table}
          testId="backup-plans-table"
          listKey="backupPlans"
          exportName={title}
          emptyText={t('backups.noPlans')}
          columns={[
            { title: t('backups.planName'), dataIndex: 'name', fixed: 'left' },
            { title: t('backups.contract'), dataIndex: 'contract_number', render: (n: string) => <span className="mono">{n}</span> },
            {
              title: t('backups.source'),
              dataIndex: 'source_kind',
              render: (v: string, p) => (
                <Typography.Text ellipsis style={{ maxWidth: 240 }} className="mono" data-testid={`backup-plan-source-${p.id}`}>
                  {sourceText(v, p)}
                </Typography.Text>
              ),
            },
            {
              title: t('backups.schedule'),
              dataIndex: 'schedule_kind',
              render: (v: string, p) => (v === 'daily' ? t('backups.dailyAt', { time: p.daily_at }) : t('backups.everyMinutes', { n: p.interval_minutes })),
            },
            {
              title: t('backups.retention'),
              dataIndex: 'retention',
              render: (_: unknown, p) => t('backups.keepSummary', p.retention),
            },
            { title: t('backups.location'), dataIndex: 'location' },
            { title: t('common.status'), dataIndex: 'status', render: (v: string) => <StatusTag kind="plan" status={v} /> },
            { title: t('backups.nextRun'), dataIndex: 'next_run_at', render: (v: string | null) => fmtInstant(v) },
            ...(writable
              ? [
                  {
                    title: t('backups.actions'),
                    key: 'actions',
                    render: (_: unknown, p: BackupPlan) => (
                      <Space size="small">
                        <Button size="small" onClick={() => setEditing(p)} data-testid={`backup-plan-edit-${p.id}`}>
                          {t('common.edit')}
                        </Button>
                        <Button size="small" loading={running === p.id} onClick={() => runNow(p)} data-testid={`backup-plan-run-${p.id}`}>
                          {t('backups.runNow')}
                        </Button>
                      </Space>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Card>
      <FormModal<PlanValues>
        open={editing !== null}
        title={editing === 'new' ? t('backups.newPlan') : t('backups.editPlan')}
        width={720}
        initialValues={
          editing && editing !== 'new'
            ? valuesOf(editing)
            : { source_kind: 'paths', schedule_kind: 'daily', daily_at: '02:00', keep_daily: 7, keep_weekly: 4, keep_monthly: 6, timeout_minutes: 60, restore_test_days: 30, status: 'active' }
        }
        onClose={() => setEditing(null)}
        testId="backup-plan-form"
        alias={{ 'retention/keep_last': 'keep_last', 'retention/keep_daily': 'keep_daily', 'retention/keep_weekly': 'keep_weekly', 'retention/keep_monthly': 'keep_monthly', retention: 'keep_daily' }}
        onSubmit={async (v) => {
          const body = {
            contract_id: v.contract_id,
            name: v.name?.trim() ?? '',
            source_kind: v.source_kind,
            paths: v.source_kind !== 'command' ? lines(v.paths) : [],
            dump_command: v.source_kind === 'command' ? (v.dump_command ?? '').split(/\s+/).filter(Boolean) : [],
            dump_filename: v.source_kind === 'command' ? v.dump_filename?.trim() ?? '' : '',
            schedule_kind: v.schedule_kind,
            interval_minutes: v.schedule_kind === 'interval' ? v.interval_minutes ?? 0 : 0,
            daily_at: v.schedule_kind === 'daily' ? v.daily_at?.trim() ?? '' : '',
            retention: { keep_last: v.keep_last ?? 0, keep_daily: v.keep_daily ?? 0, keep_weekly: v.keep_weekly ?? 0, keep_monthly: v.keep_monthly ?? 0 },
            repository: v.repository?.trim() ?? '',
            location: v.location?.trim() ?? '',
            restore_test_days: v.restore_test_days ?? 0,
            timeout_minutes: v.timeout_minutes ?? 60,
            status: v.status,
            ...(v.repository_password ? { repository_password: v.repository_password } : {}),
            ...(v.source_kind === 'ssh'
              ? { ssh_host: v.ssh_host?.trim() ?? '', ssh_port: v.ssh_port ?? 22, ssh_user: v.ssh_user?.trim() ?? '', ...(v.ssh_key ? { ssh_key: v.ssh_key } : {}) }
              : {}),
          };
          if (editing === 'new') await api.post('/api/v1/backups/plans', body);
          else if (editing) await api.put(`/api/v1/backups/plans/${editing.id}`, body);
          ref.current?.reload();
        }}
      >
        <Form.Item name="contract_id" label={t('backups.contract')} rules={[{ required: true, message: t('backups.contractRequired') }]}>
          <ContractPicker />
        </Form.Item>
        <Form.Item name="name" label={t('backups.planName')} rules={[{ required: true, whitespace: true, message: t('backups.nameRequired') }]}>
          <Input maxLength={200} data-testid="backup-plan-name" />
        </Form.Item>
        <Form.Item name="source_kind" label={t('backups.sourceKind')}>
          <Select data-testid="backup-plan-source-kind" options={SOURCE_KINDS.map((s) => ({ value: s, label: t(`backups.sourceKindValue.${s}`) }))} />
        </Form.Item>
        <Form.Item noStyle shouldUpdate={(a, b) => a.source_kind !== b.source_kind}>
          {({ getFieldValue }) =>
            getFieldValue('source_kind') === 'command' ? (
              <>
                <Form.Item name="dump_command" label={t('backups.dumpCommand')} extra={t('backups.dumpCommandHelp')}>
                  <Input className="mono" />
                </Form.Item>
                <Form.Item name="dump_filename" label={t('backups.dumpFilename')}>
                  <Input className="mono" />
                </Form.Item>
              </>
            ) : (
              <>
                {getFieldValue('source_kind') === 'ssh' && (
                  <>
                    <Form.Item name="ssh_host" label={t('backups.sshHost')} rules={[{ required: true, whitespace: true, message: t('backups.sshHostRequired') }]}>
                      <Input className="mono" data-testid="backup-plan-ssh-host" />
                    </Form.Item>
                    <Form.Item name="ssh_port" label={t('backups.sshPort')}>
                      <InputNumber min={1} max={65535} placeholder="22" style={{ width: '100%' }} data-testid="backup-plan-ssh-port" />
                    </Form.Item>
                    <Form.Item name="ssh_user" label={t('backups.sshUser')} rules={[{ required: true, whitespace: true, message: t('backups.sshUserRequired') }]}>
                      <Input className="mono" data-testid="backup-plan-ssh-user" />
                    </Form.Item>
                    <Form.Item
                      name="ssh_key"
                      label={t('backups.sshKey')}
                      extra={editing !== 'new' && editing?.ssh_key_set ? t('backups.sshKeyKeep') : t('backups.sshKeyHelp')}
                    >
                      <Input.TextArea rows={3} className="mono" autoComplete="off" data-testid="backup-plan-ssh-key" />
                    </Form.Item>
                    {editing !== 'new' && editing?.ssh_known_host && (
                      <Form.Item label={t('backups.sshKnownHost')}>
                        <span className="mono">{editing.ssh_known_host}</span>
                      </Form.Item>
                    )}
                  </>
                )}
                <Form.Item name="paths" label={getFieldValue('source_kind') === 'ssh' ? t('backups.remotePaths') : t('backups.paths')} extra={t('backups.pathsHelp')}>
                  <Input.TextArea rows={3} className="mono" data-testid="backup-plan-paths" />
                </Form.Item>
              </>
            )
          }
        </Form.Item>
        <Space wrap>
          <Form.Item name="schedule_kind" label={t('backups.schedule')}>
            <Select style={{ width: 140 }} options={SCHEDULE_KINDS.map((s) => ({ value: s, label: t(`backups.scheduleKind.${s}`) }))} />
          </Form.Item>
          <Form.Item noStyle shouldUpdate={(a, b) => a.schedule_kind !== b.schedule_kind}>
            {({ getFieldValue }) =>
              getFieldValue('schedule_kind') === 'interval' ? (
                <Form.Item name="interval_minutes" label={t('backups.intervalMinutes')}>
                  <InputNumber min={15} max={10080} />
                </Form.Item>
              ) : (
                <Form.Item name="daily_at" label={t('backups.dailyAtLabel')}>
                  <Input style={{ width: 100 }} placeholder="02:00" data-testid="backup-plan-daily-at" />
                </Form.Item>
              )
            }
          </Form.Item>
        </Space>
        <Space wrap>
          {(['keep_last', 'keep_daily', 'keep_weekly', 'keep_monthly'] as const).map((k) => (
            <Form.Item key={k} name={k} label={t(`backups.${k}`)}>
              <InputNumber min={0} max={1000} style={{ width: 100 }} />
            </Form.Item>
          ))}
        </Space>
        <Form.Item name="repository" label={t('backups.repository')} extra={t('backups.repositoryHelp')} rules={[{ required: true, whitespace: true, message: t('backups.repositoryRequired') }]}>
          <Input className="mono" data-testid="backup-plan-repository" />
        </Form.Item>
        <Form.Item name="location" label={t('backups.location')} extra={t('backups.locationHelp')} rules={[{ required: true, whitespace: true, message: t('backups.locationRequired') }]}>
          <Input data-testid="backup-plan-location" />
        </Form.Item>
        <Form.Item name="repository_password" label={t('backups.password')} extra={editing === 'new' ? t('backups.passwordHelp') : t('backups.passwordKeep')}>
          <Input.Password autoComplete="new-password" data-testid="backup-plan-password" />
        </Form.Item>
        <Space wrap>
          <Form.Item name="restore_test_days" label={t('backups.restoreTestDays')}>
            <InputNumber min={0} max={366} />
          </Form.Item>
          <Form.Item name="timeout_minutes" label={t('backups.timeoutMinutes')}>
            <InputNumber min={1} max={1440} />
          </Form.Item>
          <Form.Item name="status" label={t('common.status')}>
            <Select style={{ width: 120 }} options={PLAN_STATUSES.map((s) => ({ value: s, label: t(`backups.planStatus.${s}`) }))} />
          </Form.Item>
        </Space>
      </FormModal>
    </PageContainer>
  );
}

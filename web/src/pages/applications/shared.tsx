// Pieces shared by the application pages: vocabularies, the workflow timeline, the action modal
// and the placement table of a feasibility proposal.
import { Empty, Form, Input, Table, Tag, Timeline, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api } from '../../api/client';
import type { FeasibilityItem, WorkflowStep } from '../../api/types';
import DateTime from '../../components/DateTime';
import FormModal from '../../components/FormModal';
import { fmtPower } from '../../lib/format';
import { useRoleLabel } from '../../lib/roles';

export const APPLICATION_STATUSES = [
  'draft',
  'business_review',
  'technical_review',
  'management_review',
  'approved',
  'contracted',
  'returned',
  'rejected',
  'withdrawn',
] as const;

export const EXTRA_SERVICES = ['remote_hands', 'data_backup'] as const;

/** Actions that need a reason (the server refuses them without a comment). */
export const NEEDS_COMMENT = new Set(['reject', 'return']);

const STEP_COLOURS: Record<string, string> = {
  submit: 'blue',
  approve: 'green',
  reject: 'red',
  return: 'orange',
  withdraw: 'gray',
  contract: 'green',
  propose: 'blue',
  agree: 'green',
  take_effect: 'green',
};

/** Who did what when, with their comment: the decision trail of an application or agreement. */
export function WorkflowTimeline({ steps, testId, emptyText }: { steps: WorkflowStep[]; testId?: string; emptyText?: ReactNode }) {
  const { t } = useTranslation();
  const roleLabel = useRoleLabel();
  if (!steps.length) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText ?? t('applications.noTimeline')} />;
  return (
    <Timeline
      data-testid={testId}
      items={steps.map((s, i) => ({
        key: s.id ?? i,
        color: STEP_COLOURS[s.action] ?? 'gray',
        children: (
          <div className="timeline-step">
            <Typography.Text strong>{t(`workflow.actions.${s.action}`, { defaultValue: s.action })}</Typography.Text>
            {s.to && s.from !== s.to && (
              <span className="muted">
                {' '}
                → {t(`status.application.${s.to}`, { defaultValue: t(`status.amendment.${s.to}`, { defaultValue: s.to }) })}
              </span>
            )}
            <div className="muted" style={{ fontSize: 12 }}>
              {s.actor}
              {s.roles && ` (${s.roles.split(',').filter(Boolean).map((r) => roleLabel(r.trim())).join(', ')})`} · <DateTime value={s.at} />
            </div>
            {s.comment && <div className="timeline-comment">{s.comment}</div>}
          </div>
        ),
      }))}
    />
  );
}

/**
 * Takes a workflow action with an optional comment (required for reject and return). `path` is the
 * transitions endpoint; `onDone` gets the server's answer.
 */
export function ActionModal<T>({
  action,
  path,
  ns = 'applications',
  onClose,
  onDone,
}: {
  action: string | null;
  path: string;
  /** Translation namespace: <ns>.actions.<action> and <ns>.actionHelp.<action>. */
  ns?: string;
  onClose: () => void;
  onDone: (result: T) => void;
}) {
  const { t } = useTranslation();
  const required = !!action && NEEDS_COMMENT.has(action);
  return (
    <FormModal<{ comment?: string }>
      open={action !== null}
      title={action ? t(`${ns}.actions.${action}`) : ''}
      okText={action ? t(`${ns}.actions.${action}`) : undefined}
      onClose={onClose}
      testId="action-form"
      onSubmit={async (v) => {
        const result = await api.post<T>(path, { action, comment: v.comment?.trim() ?? '' });
        onDone(result);
      }}
    >
      <Typography.Paragraph type="secondary">{action ? t(`${ns}.actionHelp.${action}`) : ''}</Typography.Paragraph>
      <Form.Item
        name="comment"
        label={required ? t('applications.reason') : t('applications.comment')}
        rules={required ? [{ required: true, whitespace: true, message: t('applications.reasonRequired') }] : []}
      >
        <Input.TextArea rows={4} maxLength={2000} showCount data-testid="action-comment" />
      </Form.Item>
    </FormModal>
  );
}

/** "U20–U21" for a placed item: its bottom unit label and height. */
export function unitsRange(item: Pick<FeasibilityItem, 'position' | 'u_height'>): string {
  if (!item.position) return '—';
  const bottom = Number(String(item.position).replace(/^U/, ''));
  if (!Number.isFinite(bottom) || item.u_height <= 1) return item.position;
  const top = bottom + item.u_height - 1;
  return `${item.position}–U${Number.isInteger(top) ? top : top.toFixed(1)}`;
}

/** One row per device (and the spare block): placed or not with the reason, rack, units, face, feed. */
export function PlacementTable({ items, staff, testId }: { items: FeasibilityItem[]; staff: boolean; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Table<FeasibilityItem>
      rowKey={(r) => `${r.line}-${r.copy}`}
      size="small"
      pagination={false}
      dataSource={items}
      data-testid={testId}
      scroll={{ x: 'max-content' }}
      rowClassName={(r) => (r.placed ? '' : 'row-unplaced')}
      columns={[
        {
          title: t('applications.item'),
          render: (_, r) => (
            <span>
              {r.spare ? <Tag bordered={false}>{t(r.label === 'spare units' ? 'applications.spareUnits' : 'applications.powerAllowance')}</Tag> : r.label}
              {!r.spare && <span className="muted"> #{r.copy}</span>}
            </span>
          ),
        },
        { title: t('applications.uHeight'), dataIndex: 'u_height', render: (u: number) => `${u} U` },
        ...(staff ? [{ title: t('devices.power'), dataIndex: 'power_w', render: (w: number | undefined) => fmtPower(w) }] : []),
        {
          title: t('applications.placed'),
          dataIndex: 'placed',
          render: (p: boolean, r) =>
            p ? (
              <Tag color="green" bordered={false}>
                {t('applications.placedYes')}
              </Tag>
            ) : (
              <span>
                <Tag color="red" bordered={false}>
                  {t('applications.placedNo')}
                </Tag>
                {r.reason && <span className="unplaced-reason">{r.reason.message}</span>}
              </span>
            ),
        },
        {
          title: t('racks.rack'),
          render: (_, r) =>
            r.rack ? (
              <span className="nowrap">
                {staff ? <Link to={`/dcim/racks/${r.rack.id}`}>{r.rack.name}</Link> : r.rack.name}
                {r.rack.room && <span className="muted"> · {r.rack.room.name}</span>}
              </span>
            ) : (
              '—'
            ),
        },
        { title: t('applications.units'), render: (_, r) => <span className="nowrap">{r.placed ? unitsRange(r) : '—'}</span> },
        { title: t('devices.face'), dataIndex: 'face', render: (f?: string) => (f ? t(`rack.face.${f}`, { defaultValue: f }) : '—') },
        ...(staff ? [{ title: t('devices.feed'), dataIndex: 'feed', render: (f?: string) => f ?? '—' }] : []),
      ]}
    />
  );
}

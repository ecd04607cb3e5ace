// The decision trail of an application or a change agreement, shared by both pages.
import { Empty, Timeline, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkflowStep } from '../api/types';
import { useRoleLabel } from '../lib/roles';
import DateTime from './DateTime';

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
export default function WorkflowTimeline({
  steps,
  testId,
  emptyText,
  vocabulary,
}: {
  steps: WorkflowStep[];
  testId?: string;
  emptyText?: ReactNode;
  /** Translation namespace of a workflow with its own steps and states: <ns>.steps.<action>, <ns>.status.<state>. */
  vocabulary?: string;
}) {
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
            <Typography.Text strong>
              {vocabulary
                ? t(`${vocabulary}.steps.${s.action}`, { defaultValue: t(`workflow.actions.${s.action}`, { defaultValue: s.action }) })
                : t(`workflow.actions.${s.action}`, { defaultValue: s.action })}
            </Typography.Text>
            {s.to && s.from !== s.to && (
              <span className="muted">
                {' '}
                →{' '}
                {vocabulary
                  ? t(`${vocabulary}.status.${s.to}`, { defaultValue: s.to })
                  : t(`status.application.${s.to}`, { defaultValue: t(`status.amendment.${s.to}`, { defaultValue: s.to }) })}
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

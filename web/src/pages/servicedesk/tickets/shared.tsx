// Labels and tags shared by the agent queue, the portal list and the ticket detail.
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ServicedeskClock } from '../../../api/types';

export const TYPES = ['incident', 'service_request', 'complaint', 'consultation', 'compensation'] as const;
export const CATEGORIES = ['remote_hands', 'cabling', 'equipment_in', 'equipment_out', 'reboot', 'installation'] as const;
export const STATUSES = ['new', 'assigned', 'in_progress', 'waiting_for_customer', 'resolved', 'closed'] as const;
export const PRIORITIES = ['P1', 'P2', 'P3', 'P4'] as const;
export const GROUPS = ['operations', 'technical', 'business', 'finance'] as const;

const PRIORITY_COLOUR: Record<string, string> = { P1: 'red', P2: 'orange', P3: 'blue', P4: 'default' };
const STATUS_COLOUR: Record<string, string> = {
  new: 'blue',
  assigned: 'cyan',
  in_progress: 'processing',
  waiting_for_customer: 'gold',
  resolved: 'green',
  closed: 'default',
};

export function PriorityTag({ priority }: { priority: string }) {
  return (
    <Tag color={PRIORITY_COLOUR[priority]} bordered={false}>
      {priority}
    </Tag>
  );
}

export function TicketStatusTag({ status }: { status: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS_COLOUR[status]} bordered={false} className="nowrap">
      {t(`servicedesk.statuses.${status}`)}
    </Tag>
  );
}

/** "2 h 05 min" of business minutes; negative values are shown as overdue by the caller. */
export function useMinutes() {
  const { t } = useTranslation();
  return (m: number) => {
    const abs = Math.abs(m);
    const h = Math.floor(abs / 60);
    const min = abs % 60;
    return h ? t('servicedesk.hoursMinutes', { h, m: min }) : t('servicedesk.minutes', { m: min });
  };
}

/** One SLA clock: target, spent, left (or overdue), paused or stopped. */
export function ClockText({ clock }: { clock: ServicedeskClock }) {
  const { t } = useTranslation();
  const minutes = useMinutes();
  if (clock.stopped) return <Tag bordered={false} color="green">{t('servicedesk.clock.met', { spent: minutes(clock.elapsed_minutes) })}</Tag>;
  const over = clock.remaining_minutes < 0;
  return (
    <span className="nowrap">
      {clock.paused && (
        <Tag bordered={false} color="gold">
          {t('servicedesk.clock.paused')}
        </Tag>
      )}
      <Tag bordered={false} color={over ? 'red' : clock.stage >= 1 ? 'orange' : 'default'}>
        {over ? t('servicedesk.clock.overdue', { by: minutes(clock.remaining_minutes) }) : t('servicedesk.clock.left', { left: minutes(clock.remaining_minutes) })}
      </Tag>
    </span>
  );
}

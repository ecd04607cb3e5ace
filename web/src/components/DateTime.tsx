import { Tooltip } from 'antd';
import dayjs from 'dayjs';
import { useSyncExternalStore } from 'react';
import { businessTimeZone, fmtInstant, subscribeBusinessTimeZone } from '../lib/format';

/** The business time zone, re-rendering when the server's answer arrives. */
export function useBusinessTimeZone(): string {
  return useSyncExternalStore(subscribeBusinessTimeZone, businessTimeZone);
}

/**
 * An instant on the business zone's wall clock (not the viewer's); `relative` shows "3 hours
 * ago" with the exact time on hover; `date` shows the business date only.
 */
export default function DateTime({ value, relative, date }: { value: string | null | undefined; relative?: boolean; date?: boolean }) {
  const zone = useBusinessTimeZone();
  if (!value) return <span className="muted">—</span>;
  const d = dayjs(value);
  if (!d.isValid()) return <span>{value}</span>;
  const exact = fmtInstant(value, date ? 'date' : 'seconds', zone);
  if (relative)
    return (
      <Tooltip title={exact}>
        <span>{d.fromNow()}</span>
      </Tooltip>
    );
  return <span className="nowrap">{fmtInstant(value, date ? 'date' : 'minutes', zone)}</span>;
}

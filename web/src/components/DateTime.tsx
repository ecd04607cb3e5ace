import { Tooltip } from 'antd';
import dayjs from 'dayjs';

/** An instant in the viewer's local time; `relative` shows "3 hours ago" with the exact time on hover. */
export default function DateTime({ value, relative, date }: { value: string | null | undefined; relative?: boolean; date?: boolean }) {
  if (!value) return <span className="muted">—</span>;
  const d = dayjs(value);
  if (!d.isValid()) return <span>{value}</span>;
  const exact = d.format(date ? 'YYYY-MM-DD' : 'YYYY-MM-DD HH:mm:ss');
  if (relative)
    return (
      <Tooltip title={exact}>
        <span>{d.fromNow()}</span>
      </Tooltip>
    );
  return <span className="nowrap">{date ? exact : d.format('YYYY-MM-DD HH:mm')}</span>;
}

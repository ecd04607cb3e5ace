import { Progress, Tooltip } from 'antd';

export function utilColour(pct: number): string {
  if (pct >= 95) return '#cf1322';
  if (pct >= 80) return '#fa8c16';
  if (pct >= 60) return '#fadb14';
  if (pct > 0) return '#52c41a';
  return '#d9d9d9';
}

/** A small utilisation bar: green, yellow from 60 %, orange from 80 %, red from 95 %. */
export default function UtilBar({ pct, tip, width = 140 }: { pct: number; tip?: React.ReactNode; width?: number }) {
  const bar = (
    <div style={{ width }}>
      <Progress percent={Math.round(pct * 10) / 10} size="small" strokeColor={utilColour(pct)} format={(p) => `${p}%`} />
    </div>
  );
  return tip ? <Tooltip title={tip}>{bar}</Tooltip> : bar;
}

// Front or rear view of a rack drawn from GET /dcim/racks/{id}/elevation: devices in their
// customer's colour, reserved units hatched, the other face's half-depth devices faint.
import { useTranslation } from 'react-i18next';
import type { Elevation, ElevationUnit } from '../api/types';

interface Props {
  elevation: Elevation;
  face: 'front' | 'rear';
  onOpenDevice?: (id: number) => void;
  highlight?: number | null;
  unitPx?: number;
  /** Width of the mounting area in pixels. */
  bodyWidth?: number;
}

const LABEL_W = 30;
const RAIL = 8;

export default function RackElevation({ elevation, face, onOpenDevice, highlight, unitPx = 16, bodyWidth = 250 }: Props) {
  const BODY_W = bodyWidth;
  const { t } = useTranslation();
  const { rack, units } = elevation;
  const n = rack.u_height;
  const top = 8;
  const width = LABEL_W + RAIL * 2 + BODY_W + 4;
  const height = top * 2 + n * unitPx;
  const x0 = LABEL_W + RAIL;
  const yOf = (position: number, size: number) =>
    rack.descending ? top + (position - 1) * unitPx : top + (n - (position - 1 + size)) * unitPx;

  const shown = (u: ElevationUnit) => u.kind === 'reserved' || u.face === 'both' || u.face === face;
  const ghost = (u: ElevationUnit) => u.kind === 'device' && u.face !== 'both' && u.face !== face;

  const rows = [];
  for (let u = 1; u <= n; u++) {
    const y = yOf(u, 1);
    rows.push(
      <g key={`u${u}`}>
        <rect x={x0} y={y} width={BODY_W} height={unitPx} fill={u % 2 ? '#fafafa' : '#f3f4f6'} />
        <text x={LABEL_W - 4} y={y + unitPx * 0.72} textAnchor="end" fontSize={Math.min(11, unitPx * 0.65)} fill="#8c8c8c">
          {u}
        </text>
      </g>,
    );
  }
  const hatchId = `hatch-${rack.id}-${face}`;
  return (
    <svg
      className="rack-elevation"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={`${rack.name} ${t(`rack.face.${face}`)}`}
      data-testid={`elevation-${face}`}
    >
      <defs>
        <pattern id={hatchId} width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="8" height="8" fill="#fff1f0" />
          <line x1="0" y1="0" x2="0" y2="8" stroke="#ff7875" strokeWidth="3" />
        </pattern>
      </defs>
      <rect x={LABEL_W} y={top - 4} width={BODY_W + RAIL * 2} height={n * unitPx + 8} rx={4} fill="#434343" />
      {rows}
      {units.filter(ghost).map((u, i) => (
        <rect
          key={`g${i}`}
          x={x0 + 2}
          y={yOf(u.position, u.units) + 1}
          width={BODY_W - 4}
          height={u.units * unitPx - 2}
          fill="none"
          stroke="#bfbfbf"
          strokeDasharray="4 3"
        >
          <title>{`${u.label} (${t(`rack.face.${u.face}`)})`}</title>
        </rect>
      ))}
      {units.filter(shown).map((u, i) => {
        const y = yOf(u.position, u.units);
        const h = u.units * unitPx;
        if (u.kind === 'reserved') {
          return (
            <g key={`r${i}`} className="rack-reserved">
              <rect x={x0 + 1} y={y + 1} width={BODY_W - 2} height={h - 2} fill={`url(#${hatchId})`} stroke="#ff7875" />
              <text x={x0 + 8} y={y + Math.min(h, unitPx) * 0.72} fontSize={11} fill="#a8071a">
                {u.label || t('rack.reserved')}
              </text>
              <title>{`${t('rack.reserved')}: U${u.position}–U${u.position + u.units - 1}${u.label ? ` · ${u.label}` : ''}`}</title>
            </g>
          );
        }
        const clickable = !!u.device_id && !!onOpenDevice;
        const active = highlight != null && u.device_id === highlight;
        const label = u.label || t('rack.occupied');
        return (
          <g
            key={`d${i}`}
            className={`rack-device${clickable ? ' clickable' : ''}`}
            data-device-id={u.device_id ?? undefined}
            role={clickable ? 'button' : undefined}
            tabIndex={clickable ? 0 : undefined}
            onClick={clickable ? () => onOpenDevice!(u.device_id!) : undefined}
            onKeyDown={clickable ? (e) => (e.key === 'Enter' || e.key === ' ') && onOpenDevice!(u.device_id!) : undefined}
          >
            <rect
              x={x0 + 1}
              y={y + 1}
              width={BODY_W - 2}
              height={h - 2}
              rx={2}
              fill={u.device_id ? u.colour : '#bfbfbf'}
              stroke={active ? '#1677ff' : 'rgba(0,0,0,0.45)'}
              strokeWidth={active ? 3 : 1}
            />
            <text
              x={x0 + 8}
              y={y + Math.min(h, unitPx) * 0.5 + 4}
              fontSize={Math.min(12, unitPx * 0.7)}
              fill="#fff"
              style={{ pointerEvents: 'none' }}
            >
              {label.length > BODY_W / 7.5 ? `${label.slice(0, Math.floor(BODY_W / 7.5) - 1)}…` : label}
            </text>
            <title>{`${label} · U${u.position}${u.units > 1 ? `–U${u.position + u.units - 1}` : ''}`}</title>
          </g>
        );
      })}
    </svg>
  );
}

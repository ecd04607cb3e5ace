// The home page's grid: cards flow in rows that always fill the width. Each tile grows from a
// basis (a chart is wider than a figure), so the last row's tiles stretch instead of leaving a
// half-empty row, and on a phone every tile takes the whole width.
import type { CSSProperties, ReactNode } from 'react';

export type TileSize = 'small' | 'normal' | 'wide';

const BASIS: Record<TileSize, number> = { small: 140, normal: 320, wide: 520 };

export function HomeGrid({ children, testId, style }: { children: ReactNode; testId?: string; style?: CSSProperties }) {
  return (
    <div className="home-grid" data-testid={testId} style={{ display: 'flex', flexWrap: 'wrap', gap: 16, alignItems: 'stretch', ...style }}>
      {/* A card fills its tile, so the cards of a row end at one line. */}
      <style>{'.home-tile > .ant-card { flex: 1 1 auto; }'}</style>
      {children}
    </div>
  );
}

export function HomeTile({ size = 'normal', children, testId }: { size?: TileSize; children: ReactNode; testId?: string }) {
  return (
    <div className="home-tile" data-testid={testId} style={{ flex: `1 1 ${BASIS[size]}px`, minWidth: 0, display: 'flex', flexDirection: 'column' }}>
      {children}
    </div>
  );
}

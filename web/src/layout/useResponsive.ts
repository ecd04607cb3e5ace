// One answer to "is this a phone?" for the whole interface, so that layouts, tables and pages
// (facility rounds and visits later) switch at the same width: below Ant Design's `md` (768 px).
import { Grid } from 'antd';

export const PHONE_MAX_WIDTH = 767;

export interface Responsive {
  /** Narrower than 768 px: the menu becomes a drawer, grids stack, tables scroll in their card. */
  phone: boolean;
  /** Narrower than 992 px (phones included): room for a collapsed sider only. */
  narrow: boolean;
}

export function useResponsive(): Responsive {
  const screens = Grid.useBreakpoint();
  // Before the first measurement every breakpoint is undefined: decide from the window then.
  if (screens.md === undefined) {
    const w = typeof window === 'undefined' ? 1280 : window.innerWidth;
    return { phone: w <= PHONE_MAX_WIDTH, narrow: w < 992 };
  }
  return { phone: !screens.md, narrow: !screens.lg };
}

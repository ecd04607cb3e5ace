import type { MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { useApiPaths } from '../api/openapi';
import { useAuth } from '../auth/AuthContext';
import { featurePath, MENU_GROUPS, visibleFeatures, type Feature } from '../features/registry';
import { PORTAL_FIRST, PORTAL_GROUPS } from './portalMenu';

/**
 * Menu items for the signed-in user: in labelled groups (the console's sidebar) or in submenus
 * (the portal's top menu, portalMenu.tsx); the selected key, and the submenu holding it (opened
 * in the phone's drawer).
 */
export function useMenu(grouped: boolean): { items: NonNullable<MenuProps['items']>; selected: string[]; open: string[] } {
  const { t } = useTranslation();
  const { user, isCustomer } = useAuth();
  const paths = useApiPaths();
  const location = useLocation();
  if (!user) return { items: [], selected: [], open: [] };
  const features = visibleFeatures(user, paths).filter((f) => f.menu !== false);
  const label = (f: Feature) => t(`nav.${isCustomer && f.portalLabel ? f.portalLabel : f.key}`);
  const item = (f: Feature) => ({
    key: f.key,
    icon: f.icon,
    label: (
      <Link to={featurePath(f, user)} data-testid={`nav-${f.key}`}>
        {label(f)}
      </Link>
    ),
  });
  // The selected entry: the feature with the longest route prefix of the current path.
  let best: { key: string; len: number } = { key: '', len: -1 };
  for (const f of features) {
    for (const r of f.routes) {
      const base = r.path.replace(/\/:.*$/, '').replace(/\/\*$/, '');
      const match = base === '/' ? location.pathname === '/' : location.pathname === base || location.pathname.startsWith(`${base}/`);
      if (match && base.length > best.len) best = { key: f.key, len: base.length };
    }
  }
  if (location.pathname.startsWith('/dcim/rooms')) best.key = 'sites';
  const selected = best.key ? [best.key] : [];
  if (!grouped) {
    const items: NonNullable<MenuProps['items']> = [];
    const placed = new Set<string>();
    const open: string[] = [];
    for (const f of features.filter((x) => PORTAL_FIRST.includes(x.key))) {
      items.push(item(f));
      placed.add(f.key);
    }
    for (const g of PORTAL_GROUPS) {
      const inGroup = g.features.flatMap((k) => features.filter((f) => f.key === k));
      if (!inGroup.length) continue;
      inGroup.forEach((f) => placed.add(f.key));
      if (inGroup.length === 1) {
        items.push(item(inGroup[0]));
        continue;
      }
      const key = `pg-${g.key}`;
      if (inGroup.some((f) => f.key === best.key)) open.push(key);
      items.push({
        key,
        icon: g.icon,
        label: <span data-testid={`nav-group-${g.key}`}>{t(`portalMenu.${g.key}`)}</span>,
        children: inGroup.map(item),
      });
    }
    for (const f of features) if (!placed.has(f.key)) items.push(item(f));
    return { items, selected, open };
  }
  const items: NonNullable<MenuProps['items']> = [];
  for (const g of MENU_GROUPS) {
    const inGroup = features.filter((f) => f.group === g);
    if (!inGroup.length) continue;
    items.push({ type: 'group', key: `g-${g}`, label: t(`nav.group.${g}`), children: inGroup.map(item) });
  }
  return { items, selected, open: [] };
}

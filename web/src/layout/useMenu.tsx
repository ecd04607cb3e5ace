import type { MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { useApiPaths } from '../api/openapi';
import { useAuth } from '../auth/AuthContext';
import { featurePath, MENU_GROUPS, visibleFeatures, type Feature } from '../features/registry';

/** Menu items for the signed-in user: grouped (console) or flat (portal), and the selected key. */
export function useMenu(grouped: boolean): { items: NonNullable<MenuProps['items']>; selected: string[] } {
  const { t } = useTranslation();
  const { user, isCustomer } = useAuth();
  const paths = useApiPaths();
  const location = useLocation();
  if (!user) return { items: [], selected: [] };
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
  if (!grouped) return { items: features.map(item), selected };
  const items: NonNullable<MenuProps['items']> = [];
  for (const g of MENU_GROUPS) {
    const inGroup = features.filter((f) => f.group === g);
    if (!inGroup.length) continue;
    items.push({ type: 'group', key: `g-${g}`, label: t(`nav.group.${g}`), children: inGroup.map(item) });
  }
  return { items, selected };
}

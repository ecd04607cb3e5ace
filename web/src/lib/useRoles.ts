import { useTranslation } from 'react-i18next';
import type { Role } from '../api/types';
import { useApi } from './useApi';

/** The server's role table with labels in the current language. */
export function useRoles() {
  const { i18n } = useTranslation();
  const roles = useApi<Role[]>('/api/v1/roles');
  const zh = i18n.language === 'zh-CN';
  const options = (filter?: (r: Role) => boolean) =>
    (roles.data ?? []).filter((r) => !filter || filter(r)).map((r) => ({ value: r.name, label: zh ? r.label_zh : r.label_en }));
  return { roles: roles.data, options };
}

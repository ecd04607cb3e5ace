import { useTranslation } from 'react-i18next';

export const STAFF_ROLES = ['admin', 'business', 'technical', 'management', 'finance', 'operations', 'security', 'auditor'];
export const CUSTOMER_ROLES = ['customer_admin', 'customer_user'];

/** A role's name in the current language (role.<name>), the raw name when unknown. */
export function useRoleLabel() {
  const { t } = useTranslation();
  return (role: string) => t(`role.${role}`, { defaultValue: role });
}

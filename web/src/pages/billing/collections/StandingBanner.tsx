// The banner a contract page shows when the contract's service is suspended (or a suspension
// awaits a decision) and when it has overdue invoices: the operator and the customer see at once
// why, and what is owed.
import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { ContractStanding } from '../../../api/types';
import { useAuth } from '../../../auth/AuthContext';
import { fmtYuan } from '../../../lib/format';
import { useApi } from '../../../lib/useApi';

export default function StandingBanner({ contractId }: { contractId: number }) {
  const { t } = useTranslation();
  const { can } = useAuth();
  const state = useApi<ContractStanding>(can('billing.suspensions.read') ? `/api/v1/billing/contracts/${contractId}/standing` : null);
  const s = state.data;
  if (!s) return null;
  const link = s.suspension_id ? <Link to={`/billing/suspensions/${s.suspension_id}`}>{t('billing_collections.viewSuspension')}</Link> : null;
  const owed = s.overdue_fen > 0 ? t('billing_collections.owes', { amount: fmtYuan(s.overdue_fen), count: s.overdue_invoices, penalty: fmtYuan(s.penalty_fen) }) : '';
  if (s.suspended)
    return <Alert type="error" showIcon style={{ marginBottom: 16 }} data-testid="contract-suspended" message={t('billing_collections.bannerSuspended')} description={<>{owed} {link}</>} />;
  if (s.suspension_status === 'proposed')
    return <Alert type="warning" showIcon style={{ marginBottom: 16 }} data-testid="contract-suspension-proposed" message={t('billing_collections.bannerProposed')} description={<>{owed} {link}</>} />;
  if (s.overdue_fen > 0) return <Alert type="warning" showIcon style={{ marginBottom: 16 }} data-testid="contract-overdue" message={t('billing_collections.bannerOverdue')} description={owed} />;
  return null;
}

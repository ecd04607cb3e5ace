// On the customer's home: price rises proposed by the operator that wait for the customer's answer
// (R8.3), each a link to the contract page where it is agreed or rejected. Nothing when none wait.
import { Alert, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { PriceChange } from '../../../api/types';
import { useAuth } from '../../../auth/AuthContext';
import { useApi } from '../../../lib/useApi';
import { RiseLines } from './shared';

export default function PendingPriceChanges() {
  const { t } = useTranslation();
  const { can } = useAuth();
  const { data } = useApi<{ count: number; results: PriceChange[] }>(can('billing.read') ? '/api/v1/billing/price-changes' : null, {
    status: 'proposed_by_operator',
    limit: 5,
  });
  if (!data || data.count === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 16 }}
      data-testid="portal-price-changes"
      message={
        <Space wrap>
          <strong>{t('billing_catalogue.portalPending', { count: data.count })}</strong>
          <Link to="/billing/price-changes">{t('common.viewAll')}</Link>
        </Space>
      }
      description={
        <Space direction="vertical" size={4}>
          {data.results.map((r) => (
            <div key={r.id}>
              <Link to={`/contracts/${r.contract.id}`} className="mono">
                {r.contract.name}
              </Link>{' '}
              · {t('billing_catalogue.portalEffective', { date: r.effective_date })}
              <div>
                <RiseLines rises={r.price_rises} />
              </div>
            </div>
          ))}
        </Space>
      }
    />
  );
}

// 费用中心 → 对账单: the customer's own statement of account.
import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../../auth/AuthContext';
import PageContainer from '../../../components/PageContainer';
import StatementView from './StatementView';

export default function StatementPage() {
  const { t } = useTranslation();
  const { user } = useAuth();
  if (!user?.customer_id) return null;
  return (
    <PageContainer title={t('nav.statement')} crumbs={[{ title: t('billing_payments.portalGroup') }, { title: t('nav.statement') }]} testId="statement-page">
      <Card>
        <StatementView customer={user.customer_id} />
      </Card>
    </PageContainer>
  );
}

// The month's service quality (R7.1.2, R9.2): the monthly report, the SLA credits finance reviews with
// each contract's credit table, compensation claims and (for staff) the improvement actions. A
// customer sees its own report, credits and claims.
import { Select, Tabs } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../../auth/AuthContext';
import PageContainer from '../../../components/PageContainer';
import ImprovementActions from './Actions';
import Claims from './Claims';
import Credits from './Credits';
import Report from './Report';
import { recentMonths } from './shared';

export default function ServiceLevels() {
  const { t } = useTranslation();
  const { user, isCustomer } = useAuth();
  const months = useMemo(() => recentMonths(), []);
  const [month, setMonth] = useState(months[0]);
  const [tab, setTab] = useState('report');
  const items = [
    { key: 'report', label: t('servicedesk_sla.tabs.report'), children: <Report month={month} customerId={isCustomer ? (user?.customer_id ?? null) : null} /> },
    { key: 'credits', label: t('servicedesk_sla.tabs.credits'), children: <Credits month={month} /> },
    { key: 'claims', label: t('servicedesk_sla.tabs.claims'), children: <Claims /> },
    ...(isCustomer ? [] : [{ key: 'actions', label: t('servicedesk_sla.tabs.actions'), children: <ImprovementActions /> }]),
  ];
  return (
    <PageContainer
      title={t('servicedesk_sla.title')}
      testId="service-levels-page"
      extra={
        tab === 'report' || tab === 'credits' ? (
          <Select
            data-testid="service-levels-month"
            value={month}
            onChange={setMonth}
            style={{ width: 120 }}
            options={months.map((m) => ({ value: m, label: m }))}
          />
        ) : null
      }
    >
      <Tabs activeKey={tab} onChange={setTab} items={items} destroyOnHidden data-testid="service-levels-tabs" />
    </PageContainer>
  );
}

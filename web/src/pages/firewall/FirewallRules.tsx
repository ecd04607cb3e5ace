// The firewall rule set in force per customer and device (R5.2.2), with its history (the rules
// removed, by which request or by expiry, and when) and the report of rules expiring soon,
// exported as CSV or XLSX like any list.
import { Card, Input, Select, Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { FirewallRule } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import DateTime from '../../components/DateTime';
import PageContainer from '../../components/PageContainer';
import ServerTable from '../../components/ServerTable';
import { useTableQuery } from '../../lib/useTableQuery';
import { RiskTag } from './shared';

const WITHIN = ['7', '30', '90'];

export default function FirewallRules() {
  const { t } = useTranslation();
  const { isCustomer } = useAuth();
  const table = useTableQuery();
  const f = table.filters;
  const history = f.history === 'true';
  const title = isCustomer ? t('nav.myFirewallRules') : t('nav.firewallRules');
  return (
    <PageContainer
      title={title}
      subTitle={t('firewall.rulesSubtitle')}
      crumbs={isCustomer ? [{ title }] : [{ title: t('nav.group.infrastructure') }, { title }]}
      testId="firewall-rules-page"
    >
      <Card>
        <div className="filter-bar">
          <Select
            value={f.expiring_within ?? 'all'}
            data-testid="firewall-expiring"
            style={{ width: 160 }}
            onChange={(v) => table.setFilters({ expiring_within: v === 'all' ? null : String(v), history: null })}
            options={[{ value: 'all', label: t('firewall.allInForce') }, ...WITHIN.map((d) => ({ value: d, label: t('firewall.expiringWithin', { days: d }) }))]}
          />
          <span>
            <Switch size="small" checked={history} onChange={(v) => table.setFilters({ history: v ? 'true' : null, expiring_within: null })} data-testid="firewall-history" />{' '}
            <Typography.Text>{t('firewall.withHistory')}</Typography.Text>
          </span>
          <Input.Search key={f.q ?? ''} allowClear placeholder={t('firewall.rulesSearch')} defaultValue={f.q} onSearch={(v) => table.setFilter('q', v)} style={{ width: 240 }} />
          {f.device && (
            <Select
              allowClear
              value={f.device}
              onChange={() => table.setFilter('device', null)}
              style={{ width: 160 }}
              options={[{ value: f.device, label: t('firewall.oneDevice') }]}
            />
          )}
        </div>
        <ServerTable<FirewallRule>
          path="/api/v1/firewall/rules"
          query={{ q: f.q, customer: f.customer, device: f.device, history: f.history, expiring_within: f.expiring_within }}
          filterKeys={['q', 'customer', 'device', 'history', 'expiring_within']}
          table={table}
          testId="firewall-rules-table"
          listKey="firewall.rules"
          exportName={f.expiring_within ? t('firewall.expiringReport') : title}
          emptyText={t('firewall.noRules')}
          columns={[
            ...(isCustomer ? [] : [{ title: t('firewall.customer'), dataIndex: 'customer_name', fixed: 'left' as const }]),
            { title: t('firewall.device'), dataIndex: 'device_name' },
            { title: t('firewall.direction.label'), dataIndex: 'direction', render: (v: string) => t(`firewall.direction.${v}`) },
            { title: t('firewall.protocol'), dataIndex: 'protocol', render: (v: string) => v.toUpperCase() },
            { title: t('firewall.source'), dataIndex: 'source', render: (v: string) => <span className="mono">{v}</span> },
            { title: t('firewall.destination'), dataIndex: 'destination', render: (v: string) => <span className="mono">{v}</span> },
            { title: t('firewall.ports'), dataIndex: 'ports', render: (v: string) => <span className="mono">{v}</span> },
            { title: t('firewall.reviewRisk'), dataIndex: 'risk_level', render: (v: string) => <RiskTag level={v} /> },
            { title: t('firewall.expiresOn'), dataIndex: 'expires_on', render: (v: string | null) => v ?? t('firewall.noExpiry') },
            {
              title: t('firewall.addedBy'),
              dataIndex: 'added_request_number',
              render: (n: string, r) => (
                <span>
                  <Link to={`/firewall/requests/${r.added_request_id}`} className="mono">
                    {n}
                  </Link>{' '}
                  <DateTime value={r.added_at} />
                </span>
              ),
            },
            ...(history
              ? [
                  {
                    title: t('firewall.removed'),
                    dataIndex: 'removed_at',
                    render: (v: string | null, r: FirewallRule) =>
                      v ? (
                        <span data-testid="firewall-removed">
                          {r.removed_request_id ? (
                            <Link to={`/firewall/requests/${r.removed_request_id}`} className="mono">
                              {r.removed_request_number}
                            </Link>
                          ) : (
                            t(`firewall.removedReason.${r.removed_reason}`)
                          )}{' '}
                          <DateTime value={v} />
                        </span>
                      ) : (
                        t('firewall.inForce')
                      ),
                  },
                ]
              : []),
          ]}
        />
      </Card>
    </PageContainer>
  );
}

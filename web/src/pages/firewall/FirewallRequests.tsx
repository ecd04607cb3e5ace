// Firewall and access requests (防火墙申请, R5.2.1): a customer asks to open addresses and ports
// to its own services or to close rules in force; security reviews each one. A customer sees and
// files its own here; staff file for a customer's device and review.
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, DatePicker, Form, Input, Radio, Select, Space, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { api } from '../../api/client';
import type { Page } from '../../api/client';
import type { FirewallRequest, FirewallRequestRow, FirewallRule } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import DateTime from '../../components/DateTime';
import FormModal from '../../components/FormModal';
import PageContainer from '../../components/PageContainer';
import ServerTable from '../../components/ServerTable';
import { useTableQuery } from '../../lib/useTableQuery';
import { ACTIONS, DevicePicker, DIRECTIONS, FirewallStatusTag, PROTOCOLS, RISK_LEVELS, RiskTag, STATUSES, useRuleText } from './shared';

interface LineValues {
  direction: string;
  protocol: string;
  source: string;
  destination: string;
  ports?: string;
}

interface RequestValues {
  action: 'open' | 'close';
  device_id: number;
  reason: string;
  expires_on?: Dayjs;
  lines?: LineValues[];
  rule_ids?: number[];
}

function RulesOfDevice({ device, value, onChange }: { device?: number; value?: number[]; onChange?: (v: number[]) => void }) {
  const { t } = useTranslation();
  const text = useRuleText();
  const [rules, setRules] = useState<FirewallRule[]>([]);
  useEffect(() => {
    if (!device) {
      setRules([]);
      return;
    }
    api
      .get<Page<FirewallRule>>('/api/v1/firewall/rules', { device, limit: 200 })
      .then((p) => setRules(p.results))
      .catch(() => setRules([]));
  }, [device]);
  return (
    <Select<number[]>
      mode="multiple"
      value={value}
      onChange={onChange}
      placeholder={device ? t('firewall.rulesPlaceholder') : t('firewall.chooseDeviceFirst')}
      data-testid="firewall-rule-ids"
      options={rules.map((r) => ({ value: r.id, label: text(r) }))}
    />
  );
}

export default function FirewallRequests() {
  const { t } = useTranslation();
  const { can, isCustomer } = useAuth();
  const navigate = useNavigate();
  const table = useTableQuery();
  const f = table.filters;
  const [asking, setAsking] = useState(false);
  const title = isCustomer ? t('nav.myFirewallRequests') : t('nav.firewallRequests');
  return (
    <PageContainer
      title={title}
      subTitle={t('firewall.subtitle')}
      crumbs={isCustomer ? [{ title }] : [{ title: t('nav.group.infrastructure') }, { title }]}
      testId="firewall-requests-page"
      extra={
        can('firewall.request') && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setAsking(true)} data-testid="firewall-new">
            {t('firewall.new')}
          </Button>
        )
      }
    >
      <Card>
        <div className="filter-bar">
          <Select
            allowClear
            placeholder={t('common.status')}
            value={f.status}
            onChange={(v) => table.setFilter('status', v)}
            style={{ width: 120 }}
            data-testid="firewall-status-filter"
            options={STATUSES.map((s) => ({ value: s, label: t(`firewall.status.${s}`) }))}
          />
          <Select
            allowClear
            placeholder={t('firewall.riskLevel')}
            value={f.risk_level}
            onChange={(v) => table.setFilter('risk_level', v)}
            style={{ width: 120 }}
            options={RISK_LEVELS.map((s) => ({ value: s, label: t(`firewall.risk.${s}`) }))}
          />
          <Input.Search key={f.q ?? ''} allowClear placeholder={t('firewall.searchPlaceholder')} defaultValue={f.q} onSearch={(v) => table.setFilter('q', v)} style={{ width: 260 }} />
        </div>
        <ServerTable<FirewallRequestRow>
          path="/api/v1/firewall/requests"
          query={{ q: f.q, status: f.status, risk_level: f.risk_level, action: f.action, customer: f.customer, device: f.device }}
          filterKeys={['q', 'status', 'risk_level', 'action', 'customer', 'device']}
          table={table}
          testId="firewall-requests-table"
          listKey="firewall.requests"
          exportName={title}
          emptyText={t('firewall.none')}
          onRow={(r) => ({ onDoubleClick: () => navigate(`/firewall/requests/${r.id}`) })}
          columns={[
            { title: t('firewall.number'), dataIndex: 'number', fixed: 'left', render: (n: string, r) => <Link to={`/firewall/requests/${r.id}`} className="mono">{n}</Link> },
            ...(isCustomer ? [] : [{ title: t('firewall.customer'), dataIndex: 'customer_name' }]),
            { title: t('firewall.device'), dataIndex: 'device_name' },
            { title: t('firewall.action'), dataIndex: 'action', render: (v: string) => t(`firewall.actionValue.${v}`) },
            { title: t('firewall.riskLevel'), dataIndex: 'risk_level', render: (v: string) => <RiskTag level={v} /> },
            { title: t('common.status'), dataIndex: 'status', render: (v: string) => <FirewallStatusTag status={v} /> },
            { title: t('firewall.expiresOn'), dataIndex: 'expires_on', render: (v: string | null) => v ?? '—' },
            { title: t('firewall.createdAt'), dataIndex: 'created_at', render: (v: string) => <DateTime value={v} /> },
          ]}
        />
      </Card>
      <FormModal<RequestValues>
        open={asking}
        title={t('firewall.new')}
        width={720}
        initialValues={{ action: 'open', lines: [{ direction: 'inbound', protocol: 'tcp', source: 'any', destination: '', ports: '' }] }}
        onClose={() => setAsking(false)}
        testId="firewall-form"
        okText={t('firewall.submit')}
        onSubmit={async (v) => {
          const made = await api.post<FirewallRequest>('/api/v1/firewall/requests', {
            action: v.action,
            device_id: v.device_id,
            reason: v.reason?.trim() ?? '',
            ...(v.action === 'open'
              ? {
                  expires_on: v.expires_on ? v.expires_on.format('YYYY-MM-DD') : null,
                  lines: (v.lines ?? []).map((l) => ({ ...l, ports: l.ports?.trim() ?? '' })),
                }
              : { rule_ids: v.rule_ids ?? [] }),
          });
          navigate(`/firewall/requests/${made.id}`);
        }}
      >
        <Typography.Paragraph type="secondary">{t('firewall.formHelp')}</Typography.Paragraph>
        <Form.Item name="action" label={t('firewall.action')} rules={[{ required: true }]}>
          <Radio.Group data-testid="firewall-action" options={ACTIONS.map((a) => ({ value: a, label: t(`firewall.actionValue.${a}`) }))} optionType="button" />
        </Form.Item>
        <Form.Item name="device_id" label={t('firewall.device')} rules={[{ required: true, message: t('firewall.deviceRequired') }]}>
          <DevicePicker />
        </Form.Item>
        <Form.Item noStyle shouldUpdate={(a, b) => a.action !== b.action || a.device_id !== b.device_id}>
          {({ getFieldValue }) =>
            getFieldValue('action') === 'close' ? (
              <Form.Item name="rule_ids" label={t('firewall.rulesToClose')} rules={[{ required: true, message: t('firewall.rulesRequired') }]}>
                <RulesOfDevice device={getFieldValue('device_id')} />
              </Form.Item>
            ) : (
              <>
                <Form.List name="lines">
                  {(fields, { add, remove }) => (
                    <div data-testid="firewall-lines">
                      <Typography.Text strong>{t('firewall.lines')}</Typography.Text>
                      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
                        {t('firewall.linesHelp')}
                      </Typography.Paragraph>
                      {fields.map((field) => (
                        <Card size="small" key={field.key} style={{ marginBottom: 8 }} data-testid="firewall-line">
                          <Space wrap align="start" style={{ width: '100%' }}>
                            <Form.Item name={[field.name, 'direction']} label={t('firewall.direction.label')} rules={[{ required: true }]} style={{ marginBottom: 8 }}>
                              <Select style={{ width: 100 }} options={DIRECTIONS.map((d) => ({ value: d, label: t(`firewall.direction.${d}`) }))} />
                            </Form.Item>
                            <Form.Item name={[field.name, 'protocol']} label={t('firewall.protocol')} rules={[{ required: true }]} style={{ marginBottom: 8 }}>
                              <Select style={{ width: 90 }} options={PROTOCOLS.map((p) => ({ value: p, label: p.toUpperCase() }))} />
                            </Form.Item>
                            <Form.Item name={[field.name, 'source']} label={t('firewall.source')} rules={[{ required: true, whitespace: true }]} style={{ marginBottom: 8 }}>
                              <Input style={{ width: 170 }} placeholder="any / 198.51.100.0/24" data-testid="firewall-line-source" />
                            </Form.Item>
                            <Form.Item name={[field.name, 'destination']} label={t('firewall.destination')} rules={[{ required: true, whitespace: true }]} style={{ marginBottom: 8 }}>
                              <Input style={{ width: 170 }} placeholder="203.0.113.10" data-testid="firewall-line-destination" />
                            </Form.Item>
                            <Form.Item name={[field.name, 'ports']} label={t('firewall.ports')} style={{ marginBottom: 8 }}>
                              <Input style={{ width: 130 }} placeholder="443 / 8000-8100" data-testid="firewall-line-ports" />
                            </Form.Item>
                            {fields.length > 1 && (
                              <Button type="text" danger icon={<MinusCircleOutlined />} onClick={() => remove(field.name)} aria-label={t('firewall.removeLine')} style={{ marginTop: 30 }} />
                            )}
                          </Space>
                        </Card>
                      ))}
                      <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ direction: 'inbound', protocol: 'tcp', source: 'any', destination: '', ports: '' })} block style={{ marginBottom: 16 }}>
                        {t('firewall.addLine')}
                      </Button>
                    </div>
                  )}
                </Form.List>
                <Form.Item name="expires_on" label={t('firewall.expiresOn')} extra={t('firewall.expiresHelp')}>
                  <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isBefore(dayjs().add(1, 'day'), 'day')} data-testid="firewall-expires" />
                </Form.Item>
              </>
            )
          }
        </Form.Item>
        <Form.Item name="reason" label={t('firewall.reason')} rules={[{ required: true, whitespace: true, message: t('firewall.reasonRequired') }]}>
          <Input.TextArea rows={3} maxLength={1000} showCount data-testid="firewall-reason" />
        </Form.Item>
      </FormModal>
    </PageContainer>
  );
}

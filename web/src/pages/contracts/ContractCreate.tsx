// Drafting the colocation service contract (托管服务合同, R3.2.3) of an approved application:
// terms taken from the application (start date, term, services) for the business department to
// price and complete.
import { FileAddOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Descriptions, Divider, Form, Input, Row, Select, Skeleton, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { api, type Page } from '../../api/client';
import type { Application, ApplicationSummary, Contract, LineItem } from '../../api/types';
import PageContainer from '../../components/PageContainer';
import { useApi } from '../../lib/useApi';
import { useSubmit } from '../../lib/useSubmit';
import { contractBody, LineItemsEditor, TermsFormItems } from './shared';
import { businessToday } from '../../lib/format';

interface ContractValues {
  application_id?: number;
  operator_party?: string;
  effective_date?: Dayjs;
  end_date?: Dayjs;
  term_months?: number;
  auto_renew: boolean;
  notice_days?: number;
  line_items: Partial<LineItem>[];
  sla_availability_bp?: number;
  sla_response_minutes?: number;
  late_fee_bp_per_day?: number;
  confidentiality_years?: number;
}

const DEFAULT_TERMS = {
  auto_renew: false,
  notice_days: 30,
  sla_availability_bp: 9990,
  sla_response_minutes: 30,
  late_fee_bp_per_day: 5,
  confidentiality_years: 3,
};

/** Line items the application asks for, unpriced. */
function suggestedItems(a: Application, t: (k: string, o?: Record<string, unknown>) => string): Partial<LineItem>[] {
  const n = a.needs;
  const items: Partial<LineItem>[] = [];
  const deviceUnits = a.devices.reduce((s, d) => s + d.u_height * d.count, 0);
  if (n.space === 'racks') items.push({ service: 'whole_rack', description: t('contracts.suggest.wholeRack'), quantity: Math.max(1, n.racks) });
  else {
    const units = Math.max(1, Math.ceil(n.units || deviceUnits));
    items.push({ service: 'rack_space', description: t('contracts.suggest.rackSpace', { units }), quantity: units });
  }
  const kw = n.power_kw || a.devices.reduce((s, d) => s + d.power_w * d.count, 0) / 1000;
  items.push({ service: 'power', description: t('contracts.suggest.power', { kw, feeds: n.redundant ? 'A+B' : 'A' }), quantity: 1 });
  if (n.bandwidth_mbps > 0) items.push({ service: 'bandwidth', description: t('contracts.suggest.bandwidth', { mbps: n.bandwidth_mbps }), quantity: 1 });
  if (n.ipv4_count > 0) items.push({ service: 'ip_addresses', description: t('contracts.suggest.ipv4', { count: n.ipv4_count }), quantity: n.ipv4_count });
  for (const s of n.extra_services) items.push({ service: s, description: t(`applications.services.${s}`), quantity: 1 });
  return items.map((l) => ({ billing_cycle: 'monthly', ...l }));
}

export default function ContractCreate() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [sp, setSp] = useSearchParams();
  const [form] = Form.useForm<ContractValues>();
  const submit = useSubmit(form);
  const appId = Number(sp.get('application')) || undefined;
  const [q, setQ] = useState('');
  const approved = useApi<Page<ApplicationSummary>>('/api/v1/applications', { status: 'approved', q: q || undefined, limit: 50 });
  const app = useApi<Application>(appId ? `/api/v1/applications/${appId}` : null);
  const [filledFor, setFilledFor] = useState<number | null>(null);

  // Fill the terms from the chosen application once it has loaded.
  useEffect(() => {
    const a = app.data;
    if (!a || filledFor === a.id) return;
    form.setFieldsValue({
      application_id: a.id,
      effective_date: a.needs.start_date ? dayjs(a.needs.start_date) : businessToday(),
      term_months: a.needs.term_months || 12,
      end_date: undefined,
      line_items: suggestedItems(a, t),
    });
    setFilledFor(a.id);
  }, [app.data, filledFor, form, t]);

  const options = useMemo(() => {
    const list = (approved.data?.results ?? []).filter((a) => !a.contract_id).map((a) => ({ value: a.id, label: `${a.number} · ${a.customer.name}` }));
    if (app.data && !list.some((o) => o.value === app.data!.id)) list.unshift({ value: app.data.id, label: `${app.data.number} · ${app.data.customer.name}` });
    return list;
  }, [approved.data, app.data]);

  const a = app.data;
  const title = t('contracts.create');
  return (
    <PageContainer title={title} crumbs={[{ title: t('nav.group.business') }, { title: t('nav.contracts'), path: '/contracts' }, { title }]} testId="contract-create-page">
      <Card>
        {submit.alert}
        <Form<ContractValues>
          form={form}
          layout="vertical"
          requiredMark="optional"
          initialValues={{ ...DEFAULT_TERMS, application_id: appId, line_items: [] }}
          onFinish={async (v) => {
            const c = await submit.run(() => api.post<Contract>('/api/v1/contracts', contractBody(v)));
            if (!c) return;
            message.success(t('contracts.drafted', { number: c.number }));
            navigate(`/contracts/${c.id}`);
          }}
        >
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item name="application_id" label={t('contracts.application')} rules={[{ required: true }]} extra={t('contracts.applicationHelp')}>
                <Select
                  showSearch
                  filterOption={false}
                  onSearch={setQ}
                  options={options}
                  loading={approved.loading}
                  onChange={(v) => setSp({ application: String(v) }, { replace: true })}
                  data-testid="contract-application"
                  notFoundContent={t('contracts.noApprovedApplications')}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="operator_party" label={t('contracts.operatorParty')} extra={t('contracts.operatorPartyHelp')}>
                <Input maxLength={200} />
              </Form.Item>
            </Col>
          </Row>
          {appId && !a && !app.error && <Skeleton active paragraph={{ rows: 3 }} />}
          {a && (
            <Descriptions size="small" bordered column={{ xs: 1, md: 3 }} style={{ marginBottom: 16 }} data-testid="contract-application-summary">
              <Descriptions.Item label={t('dcim.customer')}>{a.customer.name}</Descriptions.Item>
              <Descriptions.Item label={t('applications.application')}>
                <Link to={`/applications/${a.id}`}>{a.number}</Link>
              </Descriptions.Item>
              <Descriptions.Item label={t('applications.deviceCount')}>{a.device_count}</Descriptions.Item>
            </Descriptions>
          )}
          <Divider orientation="left" orientationMargin={0}>
            {t('contracts.terms')}
          </Divider>
          <TermsFormItems />
          <Divider orientation="left" orientationMargin={0}>
            {t('contracts.lineItems')}
          </Divider>
          <Typography.Paragraph type="secondary">{t('contracts.lineItemsHelp')}</Typography.Paragraph>
          <LineItemsEditor />
          <Divider />
          <Space style={{ width: '100%', justifyContent: 'flex-end' }}>
            <Button onClick={() => navigate(-1)}>{t('common.cancel')}</Button>
            <Button type="primary" htmlType="submit" icon={<FileAddOutlined />} loading={submit.submitting} data-testid="contract-submit">
              {t('contracts.draft')}
            </Button>
          </Space>
        </Form>
      </Card>
    </PageContainer>
  );
}

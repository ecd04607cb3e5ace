// The price list (收费标准, R8.1): every service with its unit, billing mode, VAT rate and the price
// in force today, with announced changes marked. Finance, business and admin add items; customers
// read the published list in the portal.
import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, DatePicker, Form, Input, Select, Switch } from 'antd';
import type { Dayjs } from 'dayjs';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { api } from '../../../api/client';
import type { CatalogueItem } from '../../../api/types';
import { useAuth } from '../../../auth/AuthContext';
import FormModal from '../../../components/FormModal';
import PageContainer from '../../../components/PageContainer';
import ServerTable, { type ServerTableHandle } from '../../../components/ServerTable';
import { businessToday, fmtBp } from '../../../lib/format';
import { useTableQuery } from '../../../lib/useTableQuery';
import { BpInput, MoneyInput } from '../../contracts/shared';
import { METRICS, MODES, SERVICES, UNITS, UpcomingTag, useItemName, usePriceText } from './shared';

interface NewItem {
  code: string;
  name_zh: string;
  name_en: string;
  service: string;
  unit?: string;
  mode: string;
  metric?: string;
  tax_rate_bp?: number;
  price_fen: number;
  effective_from?: Dayjs;
  description?: string;
}

export default function Catalogue() {
  const { t } = useTranslation();
  const { can, isCustomer } = useAuth();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const table = useTableQuery();
  const ref = useRef<ServerTableHandle>(null);
  const [creating, setCreating] = useState(false);
  const [mode, setMode] = useState('recurring');
  const f = table.filters;
  const writer = !isCustomer && can('catalogue.write');
  const name = useItemName();
  const price = usePriceText();
  const title = t('nav.catalogue');
  return (
    <PageContainer
      title={title}
      subTitle={isCustomer ? t('billing_catalogue.portalSubtitle') : t('billing_catalogue.subtitle')}
      crumbs={isCustomer ? [{ title }] : [{ title: t('nav.group.finance') }, { title }]}
      testId="catalogue-page"
      extra={
        writer && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="catalogue-create">
            {t('billing_catalogue.create')}
          </Button>
        )
      }
    >
      <Card>
        <div className="filter-bar">
          <Input.Search key={f.q ?? ''} allowClear placeholder={t('billing_catalogue.search')} defaultValue={f.q} onSearch={(v) => table.setFilter('q', v)} style={{ width: 240 }} />
          <Select allowClear placeholder={t('contracts.service')} value={f.service} onChange={(v) => table.setFilter('service', v)} style={{ width: 160 }} options={SERVICES.map((s) => ({ value: s, label: t(`contracts.services.${s}`) }))} />
          <Select allowClear placeholder={t('billing_catalogue.mode')} value={f.mode} onChange={(v) => table.setFilter('mode', v)} style={{ width: 140 }} options={MODES.map((m) => ({ value: m, label: t(`billing_catalogue.modes.${m}`) }))} />
          {writer && (
            <span className="nowrap">
              <Switch size="small" checked={f.all === 'true'} onChange={(v) => table.setFilter('all', v ? 'true' : undefined)} data-testid="catalogue-all" /> {t('billing_catalogue.showRetired')}
            </span>
          )}
        </div>
        <ServerTable<CatalogueItem>
          ref={ref}
          path="/api/v1/billing/catalogue"
          query={{ q: f.q, service: f.service, mode: f.mode, all: f.all }}
          filterKeys={['q', 'service', 'mode', 'all']}
          table={table}
          testId="catalogue-table"
          listKey="billing.catalogue"
          exportName={t('nav.catalogue')}
          onRow={(i) => ({ onDoubleClick: () => navigate(`/billing/catalogue/${i.id}`) })}
          columns={[
            {
              title: t('billing_catalogue.code'),
              dataIndex: 'code',
              key: 'code',
              sorter: true,
              fixed: 'left',
              render: (c: string, i) => (
                <Link to={`/billing/catalogue/${i.id}`} className="mono">
                  {c}
                </Link>
              ),
            },
            { title: t('common.name'), key: 'name', sorter: true, render: (_, i) => name(i) },
            { title: t('contracts.service'), dataIndex: 'service', key: 'service', sorter: true, render: (s: string) => t(`contracts.services.${s}`) },
            { title: t('billing_catalogue.mode'), dataIndex: 'mode', render: (m: string) => t(`billing_catalogue.modes.${m}`) },
            { title: t('billing_catalogue.taxRate'), dataIndex: 'tax_rate_bp', align: 'right', render: (bp: number) => fmtBp(bp) },
            {
              title: t('billing_catalogue.priceToday'),
              key: 'price',
              align: 'right',
              render: (_, i) => (i.price_fen == null ? <span className="muted">{t('billing_catalogue.notPriced')}</span> : <span className="money nowrap">{price(i.price_fen, i)}</span>),
            },
            { title: t('billing_catalogue.upcoming'), key: 'upcoming', render: (_, i) => <UpcomingTag item={i} /> },
          ]}
        />
      </Card>
      <FormModal<NewItem>
        open={creating}
        title={t('billing_catalogue.create')}
        initialValues={{ mode: 'recurring', effective_from: businessToday() }}
        onClose={() => setCreating(false)}
        testId="catalogue-form"
        onValuesChange={(c) => {
          if (c.mode) setMode(c.mode);
        }}
        onSubmit={async (v) => {
          const made = await api.post<CatalogueItem>('/api/v1/billing/catalogue', {
            ...v,
            code: v.code.trim().toUpperCase(),
            metric: v.mode === 'usage' ? v.metric : undefined,
            effective_from: (v.effective_from ?? businessToday()).format('YYYY-MM-DD'),
          });
          message.success(t('common.created'));
          navigate(`/billing/catalogue/${made.id}`);
        }}
      >
        <Form.Item name="code" label={t('billing_catalogue.code')} rules={[{ required: true, whitespace: true }]} extra={t('billing_catalogue.codeHint')}>
          <Input maxLength={64} className="mono" />
        </Form.Item>
        <Form.Item name="name_zh" label={t('billing_catalogue.nameZh')} rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="name_en" label={t('billing_catalogue.nameEn')} rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="service" label={t('contracts.service')} rules={[{ required: true }]}>
          <Select options={SERVICES.map((s) => ({ value: s, label: t(`contracts.services.${s}`) }))} />
        </Form.Item>
        <Form.Item name="mode" label={t('billing_catalogue.mode')}>
          <Select options={MODES.map((m) => ({ value: m, label: t(`billing_catalogue.modes.${m}`) }))} />
        </Form.Item>
        {mode === 'usage' && (
          <Form.Item name="metric" label={t('billing_catalogue.metric')} rules={[{ required: true }]}>
            <Select options={METRICS.map((m) => ({ value: m, label: t(`billing_catalogue.metrics.${m}`) }))} />
          </Form.Item>
        )}
        <Form.Item name="unit" label={t('billing_catalogue.unit')} extra={t('billing_catalogue.unitHint')}>
          <Select allowClear options={UNITS.map((u) => ({ value: u, label: t(`billing_catalogue.units.${u}`) }))} />
        </Form.Item>
        <Form.Item name="tax_rate_bp" label={t('billing_catalogue.taxRate')} extra={t('billing_catalogue.taxHint')}>
          <BpInput />
        </Form.Item>
        <Form.Item name="price_fen" label={t('billing_catalogue.price')} rules={[{ required: true }]}>
          <MoneyInput />
        </Form.Item>
        <Form.Item name="effective_from" label={t('billing_catalogue.effectiveFrom')}>
          <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isBefore(businessToday(), 'day')} />
        </Form.Item>
        <Form.Item name="description" label={t('common.description')}>
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
      </FormModal>
    </PageContainer>
  );
}

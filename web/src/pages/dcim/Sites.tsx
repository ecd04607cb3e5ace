import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Form, Input, InputNumber, Space } from 'antd';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { api } from '../../api/client';
import type { Site, Utilisation } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import FormModal from '../../components/FormModal';
import PageContainer from '../../components/PageContainer';
import ServerTable, { type ServerTableHandle } from '../../components/ServerTable';
import UtilBar from '../../components/UtilBar';
import { useApi } from '../../lib/useApi';
import { useTableQuery } from '../../lib/useTableQuery';

export function SiteFormItems() {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item name="name" label={t('sites.name')} rules={[{ required: true }]}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="slug" label={t('sites.slug')} tooltip={t('sites.slugHelp')}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="address" label={t('common.address')}>
        <Input maxLength={300} />
      </Form.Item>
      <Space size="large" style={{ display: 'flex' }}>
        <Form.Item name="time_zone" label={t('sites.timeZone')}>
          <Input placeholder="Asia/Shanghai" style={{ width: 220 }} />
        </Form.Item>
        <Form.Item name="uplink_mbps" label={t('sites.uplink')}>
          <InputNumber min={0} addonAfter="Mbps" style={{ width: 200 }} />
        </Form.Item>
      </Space>
    </>
  );
}

export default function Sites() {
  const { t } = useTranslation();
  const { can } = useAuth();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const table = useTableQuery();
  const ref = useRef<ServerTableHandle>(null);
  const [creating, setCreating] = useState(false);
  const util = useApi<Utilisation[]>('/api/v1/dcim/utilisation', { scope: 'site' });
  const byId = useMemo(() => new Map(util.data?.map((u) => [u.id, u]) ?? []), [util.data]);
  const q = table.filters.q;
  return (
    <PageContainer
      title={t('nav.sites')}
      crumbs={[{ title: t('nav.group.infrastructure') }, { title: t('nav.sites') }]}
      extra={
        can('dcim.sites.write') && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="site-create">
            {t('sites.create')}
          </Button>
        )
      }
    >
      <Card>
        <div className="filter-bar">
          <Input.Search allowClear placeholder={t('sites.searchPlaceholder')} defaultValue={q} onSearch={(v) => table.setFilter('q', v)} style={{ width: 280 }} />
        </div>
        <ServerTable<Site>
          ref={ref}
          path="/api/v1/dcim/sites"
          query={{ q }}
          filterKeys={['q']}
          table={table}
          testId="sites-table"
          listKey="dcim.sites"
          onRow={(s) => ({ onDoubleClick: () => navigate(`/dcim/sites/${s.id}`) })}
          columns={[
            { title: t('sites.name'), dataIndex: 'name', key: 'name', sorter: true, render: (n, s) => <Link to={`/dcim/sites/${s.id}`}>{n}</Link> },
            { title: t('sites.slug'), dataIndex: 'slug', render: (v) => <span className="mono">{v}</span> },
            { title: t('common.address'), dataIndex: 'address', ellipsis: true },
            { title: t('dashboard.racks'), align: 'right', render: (_, s) => byId.get(s.id)?.racks ?? 0 },
            { title: t('dashboard.devices'), align: 'right', render: (_, s) => byId.get(s.id)?.devices ?? 0 },
            { title: t('dashboard.unitsUsed'), render: (_, s) => <UtilBar pct={byId.get(s.id)?.units.used_pct ?? 0} width={110} /> },
            { title: t('dashboard.powerUsed'), render: (_, s) => <UtilBar pct={byId.get(s.id)?.power.used_pct ?? 0} width={110} /> },
            { title: t('sites.uplink'), dataIndex: 'uplink_mbps', align: 'right', render: (v: number) => (v >= 1000 ? `${v / 1000} Gbps` : `${v} Mbps`) },
          ]}
        />
      </Card>
      <FormModal<Partial<Site>>
        open={creating}
        title={t('sites.create')}
        initialValues={{ time_zone: 'Asia/Shanghai' }}
        onClose={() => setCreating(false)}
        testId="site-form"
        onSubmit={async (v) => {
          const s = await api.post<Site>('/api/v1/dcim/sites', v);
          message.success(t('common.created'));
          navigate(`/dcim/sites/${s.id}`);
        }}
      >
        <SiteFormItems />
      </FormModal>
    </PageContainer>
  );
}

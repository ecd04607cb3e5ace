import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Descriptions, Empty, Skeleton, Table } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { api, type Page } from '../../api/client';
import type { Room, Site, Utilisation } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import DateTime from '../../components/DateTime';
import FormModal from '../../components/FormModal';
import PageContainer from '../../components/PageContainer';
import { LoadError } from '../../components/Results';
import UtilBar from '../../components/UtilBar';
import { fmtPower } from '../../lib/format';
import { forgetRef } from '../../lib/refs';
import { useApi } from '../../lib/useApi';
import RoomFormItems from './RoomForm';
import { SiteFormItems } from './Sites';
import ChangeHistory from '../../components/ChangeHistory';
import { HISTORY_TYPES } from '../../lib/audit';

export default function SiteDetail() {
  const { id } = useParams();
  const { t } = useTranslation();
  const { can } = useAuth();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const site = useApi<Site>(`/api/v1/dcim/sites/${id}`);
  const rooms = useApi<Page<Room>>(site.data ? '/api/v1/dcim/rooms' : null, { site: id, limit: 1000 });
  const util = useApi<Utilisation[]>(site.data ? '/api/v1/dcim/utilisation' : null, { scope: 'room' });
  const siteUtil = useApi<Utilisation[]>(site.data ? '/api/v1/dcim/utilisation' : null, { scope: 'site', site: id });
  const byRoom = useMemo(() => new Map(util.data?.map((u) => [u.id, u]) ?? []), [util.data]);
  const [editing, setEditing] = useState(false);
  const [addingRoom, setAddingRoom] = useState(false);

  if (site.error) return <LoadError error={site.error} onRetry={site.reload} />;
  if (!site.data) return <Skeleton active paragraph={{ rows: 12 }} />;
  const s = site.data;
  const su = siteUtil.data?.[0];
  return (
    <PageContainer
      title={s.name}
      crumbs={[{ title: t('nav.group.infrastructure') }, { title: t('nav.sites'), path: '/dcim/sites' }, { title: s.name }]}
      extra={
        can('dcim.sites.write') && (
          <>
            <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
              {t('common.edit')}
            </Button>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setAddingRoom(true)} data-testid="room-create">
              {t('rooms.create')}
            </Button>
          </>
        )
      }
    >
      <Card>
        <Descriptions column={{ xs: 1, md: 2, xl: 3 }} size="small">
          <Descriptions.Item label={t('sites.slug')}>
            <span className="mono">{s.slug}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('common.address')}>{s.address || '—'}</Descriptions.Item>
          <Descriptions.Item label={t('sites.timeZone')}>{s.time_zone}</Descriptions.Item>
          <Descriptions.Item label={t('sites.uplink')}>{s.uplink_mbps} Mbps</Descriptions.Item>
          <Descriptions.Item label={t('dashboard.racks')}>{su?.racks ?? 0}</Descriptions.Item>
          <Descriptions.Item label={t('dashboard.devices')}>{su?.devices ?? 0}</Descriptions.Item>
          <Descriptions.Item label={t('dashboard.unitsUsed')}>
            <UtilBar pct={su?.units.used_pct ?? 0} />
          </Descriptions.Item>
          <Descriptions.Item label={t('dashboard.powerUsed')}>
            <UtilBar pct={su?.power.used_pct ?? 0} />
          </Descriptions.Item>
          <Descriptions.Item label={t('common.updatedAt')}>
            <DateTime value={s.updated_at} />
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card title={t('rooms.title')} style={{ marginTop: 16 }}>
        <Table<Room>
          rowKey="id"
          size="middle"
          loading={!rooms.data && !rooms.error}
          dataSource={rooms.data?.results ?? []}
          pagination={false}
          data-testid="rooms-table"
          onRow={(r) => ({ onDoubleClick: () => navigate(`/dcim/rooms/${r.id}`) })}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('rooms.empty')} /> }}
          columns={[
            { title: t('rooms.name'), dataIndex: 'name', render: (n, r) => <Link to={`/dcim/rooms/${r.id}`}>{n}</Link> },
            { title: t('rooms.floor'), dataIndex: 'floor' },
            { title: t('dashboard.racks'), align: 'right', render: (_, r) => byRoom.get(r.id)?.racks ?? 0 },
            { title: t('dashboard.devices'), align: 'right', render: (_, r) => byRoom.get(r.id)?.devices ?? 0 },
            { title: t('dashboard.unitsUsed'), render: (_, r) => <UtilBar pct={byRoom.get(r.id)?.units.used_pct ?? 0} width={120} /> },
            { title: t('dashboard.powerUsed'), render: (_, r) => <UtilBar pct={byRoom.get(r.id)?.power.used_pct ?? 0} width={120} /> },
            {
              title: t('rooms.powerCapacity'),
              align: 'right',
              render: (_, r) => {
                const u = byRoom.get(r.id);
                return u ? `${fmtPower(u.power.capacity_a_w)} + ${fmtPower(u.power.capacity_b_w)}` : '—';
              },
            },
            { title: t('rooms.environment'), render: (_, r) => `${r.temp_min_c}–${r.temp_max_c} °C · ${r.humidity_min_pct}–${r.humidity_max_pct}%` },
          ]}
        />
      </Card>
      <FormModal<Partial<Site>>
        open={editing}
        title={t('sites.edit')}
        initialValues={s}
        onClose={() => setEditing(false)}
        onSubmit={async (v) => {
          const next = await api.patch<Site>(`/api/v1/dcim/sites/${s.id}`, {
            name: v.name,
            slug: v.slug,
            address: v.address ?? '',
            time_zone: v.time_zone,
            uplink_mbps: v.uplink_mbps,
          });
          forgetRef('sites', s.id);
          site.setData(next);
          message.success(t('common.saved'));
        }}
      >
        <SiteFormItems />
      </FormModal>
      <FormModal<Partial<Room> & { site_id?: number }>
        open={addingRoom}
        title={t('rooms.create')}
        onClose={() => setAddingRoom(false)}
        testId="room-form"
        onSubmit={async (v) => {
          const r = await api.post<Room>('/api/v1/dcim/rooms', { ...v, site_id: s.id });
          message.success(t('common.created'));
          navigate(`/dcim/rooms/${r.id}`);
        }}
      >
        <RoomFormItems />
      </FormModal>
      <ChangeHistory objectType={HISTORY_TYPES.site} objectId={id} />
    </PageContainer>
  );
}

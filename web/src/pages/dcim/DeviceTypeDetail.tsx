import { EditOutlined } from '@ant-design/icons';
import { App, Button, Card, Descriptions, Empty, Skeleton, Space, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { api } from '../../api/client';
import type { DeviceType } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import FormModal from '../../components/FormModal';
import { changed } from '../../lib/objects';
import { forgetRef } from '../../lib/refs';
import DeviceTypeFormItems, { type DeviceTypeValues } from './DeviceTypeForm';
import PageContainer from '../../components/PageContainer';
import { LoadError } from '../../components/Results';
import { fmtPower } from '../../lib/format';
import { useApi } from '../../lib/useApi';
import ChangeHistory from '../../components/ChangeHistory';
import { HISTORY_TYPES } from '../../lib/audit';

export default function DeviceTypeDetail() {
  const { id } = useParams();
  const { t } = useTranslation();
  const dt = useApi<DeviceType>(`/api/v1/dcim/device-types/${id}`);
  const { can } = useAuth();
  const { message } = App.useApp();
  const [editing, setEditing] = useState(false);
  if (dt.error) return <LoadError error={dt.error} onRetry={dt.reload} />;
  if (!dt.data) return <Skeleton active paragraph={{ rows: 10 }} />;
  const d = dt.data;
  const title = `${d.manufacturer} ${d.model}`;
  return (
    <PageContainer
      title={title}
      crumbs={[{ title: t('nav.group.infrastructure') }, { title: t('nav.deviceTypes'), path: '/dcim/device-types' }, { title }]}
      extra={
        <Space>
          <Link to={`/dcim/devices?type=${d.id}`}>{t('deviceTypes.devicesOfType', { count: d.device_count ?? 0 })}</Link>
          {can('dcim.device_types.write') && (
            <Button type="primary" icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="device-type-edit">
              {t('common.edit')}
            </Button>
          )}
        </Space>
      }
    >
      <Card>
        <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }}>
          <Descriptions.Item label={t('deviceTypes.manufacturer')}>{d.manufacturer}</Descriptions.Item>
          <Descriptions.Item label={t('deviceTypes.model')}>{d.model}</Descriptions.Item>
          <Descriptions.Item label={t('deviceTypes.slug')}>
            <span className="mono">{d.slug}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('deviceTypes.partNumber')}>{d.part_number || '—'}</Descriptions.Item>
          <Descriptions.Item label={t('devices.height')}>{d.u_height} U</Descriptions.Item>
          <Descriptions.Item label={t('deviceTypes.fullDepth')}>{d.full_depth ? t('common.yes') : t('common.no')}</Descriptions.Item>
          <Descriptions.Item label={t('deviceTypes.typicalPower')}>{fmtPower(d.typical_power_w)}</Descriptions.Item>
          <Descriptions.Item label={t('deviceTypes.maxPower')}>{fmtPower(d.max_power_w)}</Descriptions.Item>
          <Descriptions.Item label={t('deviceTypes.powerPorts')}>{d.power_ports}</Descriptions.Item>
          <Descriptions.Item label={t('deviceTypes.weight')}>{d.weight_kg != null ? `${d.weight_kg} kg` : '—'}</Descriptions.Item>
          <Descriptions.Item label={t('deviceTypes.deviceCount')}>{d.device_count ?? 0}</Descriptions.Item>
        </Descriptions>
      </Card>
      <Card title={t('deviceTypes.interfaceTemplates')} style={{ marginTop: 16 }}>
        <Table
          rowKey="name"
          size="small"
          pagination={false}
          dataSource={d.interfaces ?? []}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} /> }}
          columns={[
            { title: t('devices.interface'), dataIndex: 'name' },
            { title: t('common.type'), dataIndex: 'type', render: (v) => <span className="mono">{v}</span> },
            { title: t('devices.mgmtOnly'), dataIndex: 'mgmt_only', render: (v) => (v ? t('common.yes') : '') },
          ]}
        />
      </Card>
      <ChangeHistory objectType={HISTORY_TYPES.deviceType} objectId={id} />
      <FormModal<DeviceTypeValues>
        open={editing}
        title={t('deviceTypes.edit')}
        width={640}
        initialValues={d}
        onClose={() => setEditing(false)}
        testId="device-type-form"
        onSubmit={async (v) => {
          const diff = changed(d as DeviceTypeValues, { ...v, weight_kg: v.weight_kg ?? null });
          if (Object.keys(diff).length) {
            dt.setData({ ...d, ...(await api.patch<DeviceType>(`/api/v1/dcim/device-types/${d.id}`, diff)) });
            forgetRef('device-types', d.id);
          }
          message.success(t('common.saved'));
        }}
      >
        <DeviceTypeFormItems />
      </FormModal>
    </PageContainer>
  );
}

// Device types (models) and the import of NetBox device-type library YAML files.
import { CloudUploadOutlined, InboxOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Input, List, Modal, Result, Space, Statistic, Typography, Upload, type UploadFile } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { api, ApiError } from '../../api/client';
import type { DeviceType, ImportReport } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import FormModal from '../../components/FormModal';
import PageContainer from '../../components/PageContainer';
import ProblemAlert from '../../components/ProblemAlert';
import ServerTable, { type ServerTableHandle } from '../../components/ServerTable';
import { fmtPower } from '../../lib/format';
import { compact } from '../../lib/objects';
import { useTableQuery } from '../../lib/useTableQuery';
import DeviceTypeFormItems, { type DeviceTypeValues } from './DeviceTypeForm';

function ImportModal({ open, onClose, onDone }: { open: boolean; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const [files, setFiles] = useState<UploadFile[]>([]);
  const [texts, setTexts] = useState<Record<string, { name: string; yaml: string }>>({});
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const reset = () => {
    setFiles([]);
    setTexts({});
    setReport(null);
    setError(null);
  };
  const close = () => {
    reset();
    onClose();
  };
  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      const r = await api.post<ImportReport>('/api/v1/dcim/device-types/import', { files: files.map((f) => texts[f.uid]).filter(Boolean) });
      setReport(r);
      onDone();
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError({ status: 0, detail: String(e) }));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open={open}
      title={t('deviceTypes.import')}
      onCancel={close}
      width={640}
      destroyOnHidden
      footer={
        report ? (
          <Button type="primary" onClick={close}>
            {t('common.done')}
          </Button>
        ) : (
          <Space>
            <Button onClick={close}>{t('common.cancel')}</Button>
            <Button type="primary" icon={<CloudUploadOutlined />} disabled={!files.length} loading={busy} onClick={submit} data-testid="import-submit">
              {t('deviceTypes.importN', { count: files.length })}
            </Button>
          </Space>
        )
      }
    >
      {report ? (
        <>
          <Result status={report.skipped.length ? 'warning' : 'success'} title={t('deviceTypes.importDone')} style={{ padding: '16px 0' }} />
          <Space size="large" style={{ display: 'flex', justifyContent: 'center', marginBottom: 16 }}>
            <Statistic title={t('deviceTypes.imported')} value={report.imported} />
            <Statistic title={t('deviceTypes.updated')} value={report.updated} />
            <Statistic title={t('deviceTypes.unchanged')} value={report.unchanged} />
            <Statistic title={t('deviceTypes.skipped')} value={report.skipped.length} />
          </Space>
          {report.skipped.length > 0 && (
            <List
              size="small"
              bordered
              dataSource={report.skipped}
              renderItem={(s) => (
                <List.Item>
                  <Typography.Text code>{s.file}</Typography.Text> {s.reason}
                </List.Item>
              )}
            />
          )}
        </>
      ) : (
        <>
          <Alert type="info" showIcon style={{ marginBottom: 16 }} message={t('deviceTypes.importHelp')} />
          {error && (
            <ProblemAlert
              error={error}
              rest={(error.problem.errors ?? []).map((e) => {
                const m = e.field.match(/^files\/(\d+)\//);
                return m ? { ...e, field: files[Number(m[1])]?.name ?? e.field } : e;
              })}
            />
          )}
          <Upload.Dragger
            multiple
            accept=".yaml,.yml"
            fileList={files}
            beforeUpload={(file) => {
              const reader = new FileReader();
              reader.onload = () => setTexts((x) => ({ ...x, [file.uid]: { name: file.name, yaml: String(reader.result) } }));
              reader.readAsText(file);
              setFiles((f) => [...f, file]);
              return false;
            }}
            onRemove={(file) => setFiles((f) => f.filter((x) => x.uid !== file.uid))}
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">{t('deviceTypes.dropFiles')}</p>
            <p className="ant-upload-hint">{t('deviceTypes.dropHint')}</p>
          </Upload.Dragger>
        </>
      )}
    </Modal>
  );
}

export default function DeviceTypes() {
  const { t } = useTranslation();
  const { can } = useAuth();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const table = useTableQuery();
  const ref = useRef<ServerTableHandle>(null);
  const [importing, setImporting] = useState(false);
  const [creating, setCreating] = useState(false);
  const f = table.filters;
  return (
    <PageContainer
      title={t('nav.deviceTypes')}
      crumbs={[{ title: t('nav.group.infrastructure') }, { title: t('nav.deviceTypes') }]}
      extra={
        can('dcim.device_types.write') && (
          <>
            <Button icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="device-type-create">
              {t('deviceTypes.create')}
            </Button>
            <Button type="primary" icon={<CloudUploadOutlined />} onClick={() => setImporting(true)} data-testid="device-types-import">
              {t('deviceTypes.import')}
            </Button>
          </>
        )
      }
    >
      <Card>
        <div className="filter-bar">
          <Input.Search key={f.q ?? ''} allowClear placeholder={t('deviceTypes.searchPlaceholder')} defaultValue={f.q} onSearch={(v) => table.setFilter('q', v)} style={{ width: 260 }} />
          <Input.Search allowClear placeholder={t('deviceTypes.manufacturer')} defaultValue={f.manufacturer} onSearch={(v) => table.setFilter('manufacturer', v)} style={{ width: 200 }} />
        </div>
        <ServerTable<DeviceType>
          ref={ref}
          path="/api/v1/dcim/device-types"
          query={{ q: f.q, manufacturer: f.manufacturer }}
          filterKeys={['q', 'manufacturer']}
          table={table}
          testId="device-types-table"
          listKey="dcim.device-types"
          emptyText={t('deviceTypes.empty')}
          onRow={(d) => ({ onDoubleClick: () => navigate(`/dcim/device-types/${d.id}`) })}
          columns={[
            { title: t('deviceTypes.manufacturer'), dataIndex: 'manufacturer', key: 'manufacturer', sorter: true },
            { title: t('deviceTypes.model'), dataIndex: 'model', key: 'model', sorter: true, render: (m, d) => <Link to={`/dcim/device-types/${d.id}`}>{m}</Link> },
            { title: t('deviceTypes.partNumber'), dataIndex: 'part_number', render: (v) => v || '—' },
            { title: t('devices.height'), dataIndex: 'u_height', key: 'u_height', sorter: true, align: 'right', render: (u) => `${u} U` },
            { title: t('deviceTypes.fullDepth'), dataIndex: 'full_depth', render: (v) => (v ? t('common.yes') : t('common.no')) },
            { title: t('deviceTypes.maxPower'), dataIndex: 'max_power_w', align: 'right', render: (w) => fmtPower(w) },
            { title: t('deviceTypes.powerPorts'), dataIndex: 'power_ports', align: 'right' },
          ]}
        />
      </Card>
      <ImportModal
        open={importing}
        onClose={() => setImporting(false)}
        onDone={() => {
          ref.current?.reload();
          message.success(t('deviceTypes.importDone'));
        }}
      />
      <FormModal<DeviceTypeValues>
        open={creating}
        title={t('deviceTypes.create')}
        width={640}
        initialValues={{ u_height: 1, full_depth: true }}
        onClose={() => setCreating(false)}
        testId="device-type-form"
        onSubmit={async (v) => {
          const d = await api.post<DeviceType>('/api/v1/dcim/device-types', compact(v));
          message.success(t('common.created'));
          navigate(`/dcim/device-types/${d.id}`);
        }}
      >
        <DeviceTypeFormItems />
      </FormModal>
    </PageContainer>
  );
}

// CSV import of samples: pick a file, choose all-or-nothing, read the report line by line.
import { Alert, Checkbox, Modal, Space, Statistic, Table, Typography, Upload } from 'antd';
import { InboxOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../api/client';
import type { UsageImportReport } from '../../api/types';
import ProblemAlert from '../../components/ProblemAlert';

export default function ImportModal({ open, onClose, onDone }: { open: boolean; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [strict, setStrict] = useState(false);
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<UsageImportReport | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const close = () => {
    setFile(null);
    setReport(null);
    setError(null);
    onClose();
  };
  const run = async () => {
    if (!file) return;
    setBusy(true);
    setError(null);
    setReport(null);
    try {
      const r = await api.upload<UsageImportReport>('/api/v1/usage/import', file, 'text/csv', strict ? { all_or_nothing: 'true' } : undefined);
      setReport(r);
      onDone();
    } catch (e) {
      if (e instanceof ApiError) setError(e);
      else throw e;
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open={open}
      title={t('usage.import')}
      onCancel={close}
      onOk={report ? close : run}
      okText={report ? t('common.done') : t('usage.importRun')}
      okButtonProps={{ disabled: !file && !report, loading: busy }}
      cancelButtonProps={{ style: report ? { display: 'none' } : undefined }}
      width={640}
      destroyOnClose
    >
      <div data-testid="usage-import-modal">
        <Typography.Paragraph type="secondary">{t('usage.importHelp')}</Typography.Paragraph>
        <Typography.Paragraph>
          <code className="mono">meter,timestamp,in_bps,out_bps</code> / <code className="mono">meter,timestamp,wh</code>
        </Typography.Paragraph>
        {!report && (
          <Space direction="vertical" style={{ width: '100%' }}>
            <Upload.Dragger
              accept=".csv,text/csv"
              maxCount={1}
              beforeUpload={(f) => {
                setFile(f);
                return false;
              }}
              onRemove={() => setFile(null)}
              data-testid="usage-import-file"
            >
              <p className="ant-upload-drag-icon">
                <InboxOutlined />
              </p>
              <p>{t('usage.importDrop')}</p>
            </Upload.Dragger>
            <Checkbox checked={strict} onChange={(e) => setStrict(e.target.checked)} data-testid="usage-import-strict">
              {t('usage.allOrNothing')}
            </Checkbox>
          </Space>
        )}
        {error && <ProblemAlert error={error} />}
        {error?.problem.errors && error.problem.errors.length > 0 && (
          <Table
            size="small"
            rowKey={(r) => `${r.field}-${r.code}`}
            pagination={{ pageSize: 8 }}
            dataSource={error.problem.errors}
            columns={[
              { title: t('usage.line'), dataIndex: 'field', width: 100 },
              { title: t('usage.reason'), dataIndex: 'message' },
            ]}
          />
        )}
        {report && (
          <Space direction="vertical" style={{ width: '100%' }} data-testid="usage-import-report">
            <Space size="large" wrap>
              <Statistic title={t('usage.rows')} value={report.rows} />
              <Statistic title={t('usage.accepted')} value={report.accepted} valueStyle={{ color: '#389e0d' }} />
              <Statistic title={t('usage.rejected')} value={report.rejected} valueStyle={report.rejected ? { color: '#cf1322' } : undefined} />
              <Statistic title={t('usage.replaced')} value={report.samples.replaced} />
            </Space>
            {report.rejected > 0 ? (
              <Table
                size="small"
                rowKey={(r) => `${r.line}-${r.field}`}
                pagination={{ pageSize: 8 }}
                dataSource={report.rejections}
                columns={[
                  { title: t('usage.line'), dataIndex: 'line', width: 80 },
                  { title: t('usage.column'), dataIndex: 'field', width: 110 },
                  { title: t('usage.reason'), dataIndex: 'code', render: (c: string, r) => t(`usage.reject.${c.replace(/\./g, '_')}`, { defaultValue: r.message }) },
                ]}
              />
            ) : (
              <Alert type="success" showIcon message={t('usage.importAllGood')} />
            )}
          </Space>
        )}
      </div>
    </Modal>
  );
}

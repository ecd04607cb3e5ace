// Exports a server list with its current filter as CSV or XLSX: the server runs the same list for
// the same user, so the file holds exactly the rows the filter shows, on every page.
import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Dropdown } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, type Query } from '../api/client';
import { exportUrl, fileNameFrom, type ExportColumn, type ExportFormat } from '../lib/export';

interface Props {
  path: string;
  query: Query;
  columns: ExportColumn[];
  /** The file's name without extension (in the reader's language). */
  name?: string;
}

async function download(url: string, fallback: string): Promise<string> {
  const res = await fetch(url, { credentials: 'same-origin', headers: { Accept: '*/*' } });
  if (!res.ok) {
    let problem = { status: res.status, title: res.statusText } as ApiError['problem'];
    try {
      problem = { ...problem, ...(await res.json()) };
    } catch {
      /* keep the status line */
    }
    throw new ApiError(problem);
  }
  const blob = await res.blob();
  const name = fileNameFrom(res.headers.get('Content-Disposition'), fallback);
  const href = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = href;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
  return name;
}

export default function ExportButton({ path, query, columns, name }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  if (columns.length === 0) return null;
  const run = async (format: ExportFormat) => {
    setBusy(true);
    try {
      const file = await download(exportUrl(path, query, columns, format, name), `${name ?? 'export'}.${format}`);
      message.success(t('export.done', { name: file }));
    } catch (e) {
      message.error(e instanceof ApiError ? e.message : t('export.failed'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: [
          { key: 'csv', label: <span data-testid="export-csv">{t('export.csv')}</span> },
          { key: 'xlsx', label: <span data-testid="export-xlsx">{t('export.xlsx')}</span> },
        ],
        onClick: ({ key }) => void run(key as ExportFormat),
      }}
    >
      <Button size="small" icon={<DownloadOutlined />} loading={busy} data-testid="export-button">
        {t('export.button')}
      </Button>
    </Dropdown>
  );
}

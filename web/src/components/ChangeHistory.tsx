// One object's change history from the audit log, for its detail page: who changed what and when,
// with the fields before and after. Shown to staff only (customers never read the audit log).
import { Card, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Page } from '../api/client';
import type { AuditEntry } from '../api/types';
import { useAuth } from '../auth/AuthContext';
import { useApi } from '../lib/useApi';
import { ACTION_COLOURS, Changes, useAuditLabels } from './AuditParts';
import DateTime from './DateTime';
import ProblemAlert from './ProblemAlert';

const PAGE = 10;

function changedCount(e: AuditEntry): number {
  const before = (e.before && typeof e.before === 'object' ? e.before : {}) as Record<string, unknown>;
  const after = (e.after && typeof e.after === 'object' ? e.after : {}) as Record<string, unknown>;
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  let n = 0;
  for (const k of keys) if (JSON.stringify(before[k]) !== JSON.stringify(after[k])) n++;
  return n;
}

function HistoryTable({ objectType, objectId }: { objectType: string; objectId: number | string }) {
  const { t } = useTranslation();
  const labels = useAuditLabels();
  const [page, setPage] = useState(1);
  const state = useApi<Page<AuditEntry>>('/api/v1/audit/history', {
    object_type: objectType,
    object_id: String(objectId),
    limit: PAGE,
    offset: (page - 1) * PAGE,
  });
  if (state.error) return <ProblemAlert error={state.error} />;
  return (
    <Table<AuditEntry>
      size="small"
      rowKey="id"
      loading={state.loading}
      dataSource={state.data?.results ?? []}
      locale={{ emptyText: t('audit.historyEmpty') }}
      expandable={{ expandedRowRender: (e) => <Changes entry={e} /> }}
      scroll={{ x: 'max-content' }}
      pagination={{ current: page, pageSize: PAGE, total: state.data?.count ?? 0, onChange: setPage, hideOnSinglePage: true, size: 'small' }}
      columns={[
        { title: t('audit.at'), dataIndex: 'at', width: 170, render: (v) => <DateTime value={v} /> },
        { title: t('audit.actor'), dataIndex: 'actor' },
        {
          title: t('audit.action'),
          dataIndex: 'action',
          render: (a: string) => <Tag color={ACTION_COLOURS[a] ?? 'default'}>{labels.action(a)}</Tag>,
        },
        {
          title: t('audit.changes'),
          render: (_, e) => <Typography.Text type="secondary">{t('audit.changedFields', { count: changedCount(e) })}</Typography.Text>,
        },
      ]}
    />
  );
}

/** The history card; nothing for a customer or for staff who may not read the object. */
export default function ChangeHistory({ objectType, objectId }: { objectType: string; objectId: number | string | undefined }) {
  const { t } = useTranslation();
  const { isCustomer, user } = useAuth();
  if (!user || isCustomer || objectId === undefined || objectId === '') return null;
  return (
    <Card title={t('audit.history')} extra={<Typography.Text type="secondary">{t('audit.historyHint')}</Typography.Text>} style={{ marginTop: 16 }} data-testid="change-history">
      <HistoryTable objectType={objectType} objectId={objectId} />
    </Card>
  );
}

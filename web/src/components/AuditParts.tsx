// Pieces of the audit log shared by its page and by every detail page's change history: an
// entry's action and object in the reader's language, its object's link, its fields before and after.
import { Descriptions, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { AuditEntry } from '../api/types';
import { auditObjectLink } from '../lib/audit';

export const ACTION_COLOURS: Record<string, string> = {
  create: 'green',
  update: 'blue',
  delete: 'red',
  remove: 'red',
  login: 'cyan',
  logout: 'default',
  disable: 'orange',
  enable: 'green',
  approve: 'green',
  reject: 'red',
  return: 'orange',
  sign: 'geekblue',
  activate: 'green',
  terminate: 'red',
};

function show(v: unknown): string {
  if (v === undefined) return '';
  if (v === null) return 'null';
  if (typeof v === 'string') return v;
  return JSON.stringify(v);
}

export function Changes({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation();
  const before = (entry.before && typeof entry.before === 'object' ? entry.before : {}) as Record<string, unknown>;
  const after = (entry.after && typeof entry.after === 'object' ? entry.after : {}) as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  const rows = keys
    .map((k) => ({ key: k, before: show(before[k]), after: show(after[k]), changed: show(before[k]) !== show(after[k]) }))
    .sort((a, b) => Number(b.changed) - Number(a.changed));
  return (
    <div style={{ maxWidth: 1100 }}>
      <Descriptions size="small" column={{ xs: 1, md: 3 }} style={{ marginBottom: 8 }}>
        <Descriptions.Item label={t('audit.requestId')}>
          <Typography.Text className="mono" copyable>
            {entry.request_id || '—'}
          </Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={t('audit.roles')}>{entry.roles}</Descriptions.Item>
        <Descriptions.Item label={t('audit.hash')}>
          <Typography.Text className="mono" ellipsis={{ tooltip: entry.hash }} style={{ maxWidth: 220 }}>
            {entry.hash}
          </Typography.Text>
        </Descriptions.Item>
      </Descriptions>
      <Table
        size="small"
        rowKey="key"
        pagination={false}
        dataSource={rows}
        columns={[
          { title: t('audit.field'), dataIndex: 'key', width: 180, render: (k, r) => <span className="mono" style={{ fontWeight: r.changed ? 600 : 400 }}>{k}</span> },
          { title: t('audit.before'), dataIndex: 'before', render: (v, r) => <span className="mono" style={{ color: r.changed ? '#cf1322' : undefined, wordBreak: 'break-all' }}>{v}</span> },
          { title: t('audit.after'), dataIndex: 'after', render: (v, r) => <span className="mono" style={{ color: r.changed ? '#389e0d' : undefined, wordBreak: 'break-all' }}>{v}</span> },
        ]}
      />
    </div>
  );
}

/** An action in the reader's language (the recorded code when it has no label yet). */
export function useAuditLabels() {
  const { t } = useTranslation();
  return {
    action: (a: string) => t(`audit.actions.${a}`, { defaultValue: a }),
    objectType: (o: string) => t(`audit.objectTypes.${o}`, { defaultValue: o }),
  };
}

/** The entry's object: its type in the reader's language, linked to its page when it has one. */
export function AuditObjectRef({ entry }: { entry: AuditEntry }) {
  const labels = useAuditLabels();
  const to = auditObjectLink(entry);
  const text = (
    <>
      {labels.objectType(entry.object_type)} <span className="muted">#{entry.object_id}</span>
    </>
  );
  return to ? (
    <Link to={to} data-testid="audit-object-link">
      {text}
    </Link>
  ) : (
    <span>{text}</span>
  );
}


// Every version of a contract's terms, newest first, each opening onto its terms.
import { Space, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ContractVersion } from '../../../api/types';
import DateTime from '../../../components/DateTime';
import { TermsView, useTotals } from '../shared';

export default function VersionsTable({ versions, current }: { versions: ContractVersion[]; current: number }) {
  const { t } = useTranslation();
  const totals = useTotals();
  return (
    <Table<ContractVersion>
      rowKey="version"
      size="small"
      pagination={false}
      dataSource={[...versions].sort((a, b) => b.version - a.version)}
      data-testid="versions-table"
      expandable={{ expandedRowRender: (v) => <TermsView terms={v.terms} /> }}
      columns={[
        {
          title: t('contracts.version'),
          dataIndex: 'version',
          render: (n: number) => (
            <Space size={4}>
              <span>v{n}</span>
              {n === current && (
                <Tag color="green" bordered={false}>
                  {t('contracts.current')}
                </Tag>
              )}
            </Space>
          ),
        },
        { title: t('contracts.effectiveFrom'), dataIndex: 'effective_from' },
        { title: t('contracts.endDate'), render: (_, v) => v.terms.end_date },
        { title: t('contracts.reason'), dataIndex: 'reason', render: (r: string, v) => `${t(`contracts.reasons.${r}`, { defaultValue: r })}${v.amendment_id ? ` #${v.amendment_id}` : ''}` },
        { title: t('contracts.total'), render: (_, v) => <span className="money">{totals(v.terms.line_items)}</span> },
        { title: t('common.createdAt'), dataIndex: 'created_at', render: (d: string) => <DateTime value={d} /> },
      ]}
    />
  );
}

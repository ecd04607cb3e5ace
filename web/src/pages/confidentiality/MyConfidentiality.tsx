// The portal's confidentiality page (保密与披露): the customer's contracts' confidentiality
// obligations and the day each ends, the disclosures of its information made to authorities and
// third parties (unless the law forbids telling), and the export of everything held about it.
import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Card, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { ConfidentialityObligation, Disclosure } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import DateTime from '../../components/DateTime';
import PageContainer from '../../components/PageContainer';
import ServerTable from '../../components/ServerTable';
import { useTableQuery } from '../../lib/useTableQuery';
import { ObligationColumns } from './Confidentiality';
import { exportCustomer } from './shared';

export default function MyConfidentiality() {
  const { t } = useTranslation();
  const { user } = useAuth();
  const { message } = App.useApp();
  const obligations = useTableQuery(10, 'o');
  const disclosures = useTableQuery(10, 'd');
  const [exporting, setExporting] = useState(false);
  const title = t('nav.myConfidentiality');
  const customer = user?.customer_id;
  return (
    <PageContainer
      title={title}
      subTitle={t('confidentiality.portalSubtitle')}
      crumbs={[{ title }]}
      testId="my-confidentiality-page"
      extra={
        customer && (
          <Button
            type="primary"
            icon={<DownloadOutlined />}
            loading={exporting}
            data-testid="my-export"
            onClick={async () => {
              setExporting(true);
              try {
                await exportCustomer(customer);
                message.success(t('confidentiality.exported'));
              } finally {
                setExporting(false);
              }
            }}
          >
            {t('confidentiality.exportMine')}
          </Button>
        )
      }
    >
      <Card title={t('confidentiality.tab.obligations')} style={{ marginBottom: 16 }}>
        <Typography.Paragraph type="secondary">{t('confidentiality.portalObligationsHelp')}</Typography.Paragraph>
        <ServerTable<ConfidentialityObligation>
          path="/api/v1/confidentiality/obligations"
          table={obligations}
          rowKey="contract_id"
          testId="my-obligations-table"
          emptyText={t('confidentiality.noObligations')}
          columns={ObligationColumns(t, false).filter((c) => c.dataIndex !== 'reminded_at')}
        />
      </Card>
      <Card title={t('confidentiality.tab.disclosures')}>
        <Typography.Paragraph type="secondary">{t('confidentiality.portalDisclosuresHelp')}</Typography.Paragraph>
        <ServerTable<Disclosure>
          path="/api/v1/confidentiality/disclosures"
          table={disclosures}
          testId="my-disclosures-table"
          emptyText={t('confidentiality.noDisclosuresMine')}
          columns={[
            { title: t('confidentiality.number'), dataIndex: 'number', render: (n: string, d) => <Link to={`/confidentiality/mine/disclosures/${d.id}`} className="mono">{n}</Link> },
            { title: t('confidentiality.recipient'), dataIndex: 'recipient' },
            { title: t('confidentiality.purpose'), dataIndex: 'purpose' },
            { title: t('confidentiality.basisLabel'), dataIndex: 'basis', render: (v: string) => t(`confidentiality.basis.${v}`) },
            { title: t('confidentiality.disclosedAt'), dataIndex: 'disclosed_at', render: (v: string | null) => <DateTime value={v} /> },
          ]}
        />
      </Card>
    </PageContainer>
  );
}

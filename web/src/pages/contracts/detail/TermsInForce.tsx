// The terms of a contract in force today or on a chosen day (the version that applied then).
import { Alert, Card, DatePicker, Skeleton, Space, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { Contract } from '../../../api/types';
import { LoadError } from '../../../components/Results';
import type { ApiState } from '../../../lib/useApi';
import { TermsView } from '../shared';

/** `dated` is the contract as of `asOf` (unused while `asOf` is null, meaning today). */
export default function TermsInForce({ contract: c, asOf, onAsOf, dated }: { contract: Contract; asOf: Dayjs | null; onAsOf: (d: Dayjs | null) => void; dated: ApiState<Contract> }) {
  const { t } = useTranslation();
  // The terms shown: in force today, or on the chosen day.
  const view = asOf ? dated.data : c;
  const inForce = view?.in_force ?? null;
  return (
    <Card
      title={t('contracts.termsInForce')}
      data-testid="contract-terms"
      extra={
        <Space>
          <span className="muted">{t('contracts.asOf')}</span>
          <DatePicker value={asOf} onChange={(d) => onAsOf(d)} allowClear placeholder={t('contracts.today')} data-testid="as-of" />
        </Space>
      }
    >
      {asOf && dated.error ? (
        <LoadError error={dated.error} />
      ) : asOf && !dated.data ? (
        <Skeleton active />
      ) : inForce ? (
        <>
          <Typography.Paragraph type="secondary" data-testid="in-force">
            {t('contracts.versionInForce', {
              version: inForce.version,
              from: inForce.effective_from,
              reason: t(`contracts.reasons.${inForce.reason}`, { defaultValue: inForce.reason }),
              date: asOf ? asOf.format('YYYY-MM-DD') : t('contracts.today'),
            })}
          </Typography.Paragraph>
          <TermsView terms={inForce.terms} />
        </>
      ) : (
        <>
          <Alert type="info" showIcon style={{ marginBottom: 12 }} message={t('contracts.notYetInForce', { date: asOf ? asOf.format('YYYY-MM-DD') : t('contracts.today'), from: c.effective_date })} />
          <TermsView terms={c.terms} />
        </>
      )}
    </Card>
  );
}

// Pieces shared by the price list pages: an item's name in the reader's language, its price per
// unit and cycle, and the vocabularies of the API.
import { Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CatalogueItem, PriceRise, PriceVersion } from '../../../api/types';
import { fmtYuan } from '../../../lib/format';

export { catalogueItemModeValues as MODES, catalogueItemServiceValues as SERVICES } from '../../../api/schema';
export const METRICS = ['bandwidth_p95', 'power_kwh'] as const;
export const UNITS = ['U', 'rack', 'kW', 'kWh', 'Mbps', 'IP', 'hour', 'TB', 'item'] as const;

export function useItemName() {
  const { i18n } = useTranslation();
  return (i: Pick<CatalogueItem, 'name_zh' | 'name_en'>) => (i18n.language.startsWith('zh') ? i.name_zh : i.name_en);
}

/** "¥300.00 / U / 月", or "¥200.00 / 小时" for one-off items. */
export function usePriceText() {
  const { t } = useTranslation();
  return (fen: number | null | undefined, item: Pick<CatalogueItem, 'unit' | 'mode' | 'billing_cycle'>) => {
    if (fen == null) return '—';
    const unit = t(`billing_catalogue.units.${item.unit}`, { defaultValue: item.unit });
    const per = item.mode === 'recurring' ? ` ${t(`contracts.per.${item.billing_cycle}`)}` : '';
    return `${fmtYuan(fen)} / ${unit}${per}`;
  };
}

/** The next announced change of an item, as a tag ("2026-12-01 起 ¥330.00"), or nothing. */
export function UpcomingTag({ item }: { item: CatalogueItem }) {
  const { t } = useTranslation();
  const next: PriceVersion | undefined = item.upcoming[0];
  if (!next) return null;
  return (
    <Tag color={next.retires ? 'default' : 'orange'} bordered={false} data-testid={`upcoming-${item.code}`}>
      {next.retires
        ? t('billing_catalogue.retiresFrom', { date: next.effective_from })
        : t('billing_catalogue.changesFrom', { date: next.effective_from, price: fmtYuan(next.price_fen) })}
    </Tag>
  );
}

/** "机柜空间 ¥800.00 → ¥900.00 / 月" per raised line. */
export function RiseLines({ rises }: { rises: PriceRise[] }) {
  const { t } = useTranslation();
  return (
    <Space direction="vertical" size={0}>
      {rises.map((r) => (
        <span key={r.line} className="nowrap">
          {r.description || t(`contracts.services.${r.service}`)}{' '}
          <span className="money">
            {r.old_price_fen == null ? <Tag bordered={false}>{t('billing_catalogue.newCharge')}</Tag> : fmtYuan(r.old_price_fen)} → {fmtYuan(r.new_price_fen)}
          </span>{' '}
          <Typography.Text type="secondary">{t(`contracts.per.${r.billing_cycle}`)}</Typography.Text>
        </span>
      ))}
    </Space>
  );
}

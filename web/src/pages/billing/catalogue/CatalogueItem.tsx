// One price list item: what it is, the price in force and its whole price history as a timeline.
// A price is never edited: a new version takes over from a date (today or later, after the latest
// one), or retires the item from that date.
import { App, Button, Card, Checkbox, Col, DatePicker, Descriptions, Form, Input, Result, Row, Skeleton, Tag, Timeline, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { api } from '../../../api/client';
import type { CatalogueItem as Item } from '../../../api/types';
import { useAuth } from '../../../auth/AuthContext';
import FormModal from '../../../components/FormModal';
import PageContainer from '../../../components/PageContainer';
import { businessToday, fmtBp, fmtInstant } from '../../../lib/format';
import { useApi } from '../../../lib/useApi';
import { MoneyInput } from '../../contracts/shared';
import { UpcomingTag, useItemName, usePriceText } from './shared';

interface VersionValues {
  effective_from: Dayjs;
  price_fen?: number;
  retire?: boolean;
  note?: string;
}

/** The first day a new version may start: today, or the day after the latest version if later. */
function firstDay(item: Item): Dayjs {
  const today = businessToday();
  const latest = item.versions.length ? dayjs(item.versions[item.versions.length - 1].effective_from) : null;
  return latest && !latest.isBefore(today, 'day') ? latest.add(1, 'day') : today;
}

export default function CatalogueItem() {
  const { id } = useParams();
  const { t } = useTranslation();
  const { can, isCustomer } = useAuth();
  const { message } = App.useApp();
  const { data: item, error, setData } = useApi<Item>(`/api/v1/billing/catalogue/${id}`);
  const [adding, setAdding] = useState(false);
  const [retire, setRetire] = useState(false);
  const name = useItemName();
  const price = usePriceText();
  if (error) return <Result status="404" title={t('billing_catalogue.notFound')} />;
  if (!item) return <Skeleton active />;
  const writer = !isCustomer && can('catalogue.write');
  const today = businessToday();
  const crumbs = isCustomer
    ? [{ title: t('nav.catalogue'), path: '/billing/catalogue' }, { title: item.code }]
    : [{ title: t('nav.group.finance') }, { title: t('nav.catalogue'), path: '/billing/catalogue' }, { title: item.code }];
  return (
    <PageContainer
      title={`${item.code} · ${name(item)}`}
      crumbs={crumbs}
      testId="catalogue-item-page"
      tags={<UpcomingTag item={item} />}
      extra={
        writer && (
          <Button
            type="primary"
            onClick={() => {
              setRetire(false);
              setAdding(true);
            }}
            data-testid="version-new"
          >
            {t('billing_catalogue.newVersion')}
          </Button>
        )
      }
    >
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card title={t('billing_catalogue.item')}>
            <Descriptions column={1} size="small">
              <Descriptions.Item label={t('billing_catalogue.code')}>
                <span className="mono">{item.code}</span>
              </Descriptions.Item>
              <Descriptions.Item label={t('billing_catalogue.nameZh')}>{item.name_zh}</Descriptions.Item>
              <Descriptions.Item label={t('billing_catalogue.nameEn')}>{item.name_en}</Descriptions.Item>
              <Descriptions.Item label={t('contracts.service')}>{t(`contracts.services.${item.service}`)}</Descriptions.Item>
              <Descriptions.Item label={t('billing_catalogue.mode')}>
                {t(`billing_catalogue.modes.${item.mode}`)}
                {item.metric && ` · ${t(`billing_catalogue.metrics.${item.metric}`)}`}
              </Descriptions.Item>
              <Descriptions.Item label={t('billing_catalogue.unit')}>{t(`billing_catalogue.units.${item.unit}`, { defaultValue: item.unit })}</Descriptions.Item>
              <Descriptions.Item label={t('billing_catalogue.taxRate')}>{fmtBp(item.tax_rate_bp)}</Descriptions.Item>
              <Descriptions.Item label={t('billing_catalogue.priceToday')}>
                {item.price_fen == null ? (
                  <span className="muted">{t('billing_catalogue.notPriced')}</span>
                ) : (
                  <span className="money" data-testid="price-today">
                    {price(item.price_fen, item)}
                  </span>
                )}
                {item.price_from && <Typography.Text type="secondary">{` ${t('billing_catalogue.since', { date: item.price_from })}`}</Typography.Text>}
              </Descriptions.Item>
              {item.description && <Descriptions.Item label={t('common.description')}>{item.description}</Descriptions.Item>}
            </Descriptions>
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={t('billing_catalogue.history')} data-testid="price-history">
            <Timeline
              items={[...item.versions].reverse().map((v) => {
                const future = dayjs(v.effective_from).isAfter(today, 'day');
                const current = v.id === item.versions.filter((x) => !dayjs(x.effective_from).isAfter(today, 'day')).slice(-1)[0]?.id;
                return {
                  color: future ? 'orange' : current ? 'green' : 'gray',
                  children: (
                    <div data-testid={`version-${v.effective_from}`}>
                      <Typography.Text strong>{v.retires ? t('billing_catalogue.retired') : price(v.price_fen, item)}</Typography.Text>{' '}
                      <Typography.Text type="secondary">{t('billing_catalogue.from', { date: v.effective_from })}</Typography.Text>{' '}
                      {future && (
                        <Tag color="orange" bordered={false}>
                          {t('billing_catalogue.announced')}
                        </Tag>
                      )}
                      {current && (
                        <Tag color="green" bordered={false}>
                          {t('billing_catalogue.inForce')}
                        </Tag>
                      )}
                      {v.note && <div>{v.note}</div>}
                      <div className="muted">
                        {v.created_by} · {fmtInstant(v.created_at)}
                      </div>
                    </div>
                  ),
                };
              })}
            />
          </Card>
        </Col>
      </Row>
      <FormModal<VersionValues>
        open={adding}
        title={t('billing_catalogue.newVersion')}
        initialValues={{ effective_from: firstDay(item) }}
        onClose={() => setAdding(false)}
        testId="version-form"
        onValuesChange={(c) => {
          if (c.retire !== undefined) setRetire(!!c.retire);
        }}
        onSubmit={async (v) => {
          const next = await api.post<Item>(`/api/v1/billing/catalogue/${item.id}/versions`, {
            effective_from: v.effective_from.format('YYYY-MM-DD'),
            ...(v.retire ? { retire: true } : { price_fen: v.price_fen }),
            note: v.note ?? '',
          });
          setData(next);
          message.success(t('billing_catalogue.versionAdded'));
        }}
      >
        <Typography.Paragraph type="secondary">{t('billing_catalogue.versionHelp')}</Typography.Paragraph>
        <Form.Item name="effective_from" label={t('billing_catalogue.effectiveFrom')} rules={[{ required: true }]}>
          <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isBefore(firstDay(item), 'day')} data-testid="version-date" />
        </Form.Item>
        <Form.Item name="retire" valuePropName="checked">
          <Checkbox>{t('billing_catalogue.retire')}</Checkbox>
        </Form.Item>
        {!retire && (
          <Form.Item name="price_fen" label={t('billing_catalogue.price')} rules={[{ required: true }]}>
            <MoneyInput data-testid="version-price" />
          </Form.Item>
        )}
        <Form.Item name="note" label={t('billing_catalogue.note')}>
          <Input maxLength={500} />
        </Form.Item>
      </FormModal>
    </PageContainer>
  );
}

// The signed-in person's home pages from GET /api/v1/home: one tab per department page the person
// has (an administrator sees them all), the cards of each in a grid that fills its rows.
import { ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Skeleton, Tabs, Tooltip } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { HomeAnswer, HomePage } from '../../api/types';
import { useApi } from '../../lib/useApi';
import ProblemAlert from '../ProblemAlert';
import { CARD_VIEWS } from './cardViews';
import { HomeGrid, HomeTile, type TileSize } from './HomeGrid';

/** Extra tiles a page shows before or after its cards (the caller's inbox, the audit trail). */
export interface ExtraTile {
  key: string;
  size: TileSize;
  node: ReactNode;
}

function PageGrid({ page, before, after }: { page: HomePage; before?: ExtraTile[]; after?: ExtraTile[] }) {
  const { t } = useTranslation();
  const cards = page.cards.filter((c) => CARD_VIEWS[c.id]);
  return (
    <HomeGrid testId={`home-page-${page.id}`}>
      {before?.map((x) => (
        <HomeTile key={x.key} size={x.size}>
          {x.node}
        </HomeTile>
      ))}
      {cards.map((c) => {
        const view = CARD_VIEWS[c.id];
        return (
          <HomeTile key={c.id} size={view.size} testId={`home-card-${c.id}`}>
            <Card title={view.title(t)} extra={view.more && <Link to={view.more}>{t('common.viewAll')}</Link>} style={{ height: '100%' }}>
              {view.render(c.data as never)}
            </Card>
          </HomeTile>
        );
      })}
      {after?.map((x) => (
        <HomeTile key={x.key} size={x.size}>
          {x.node}
        </HomeTile>
      ))}
    </HomeGrid>
  );
}

export function useHome() {
  return useApi<HomeAnswer>('/api/v1/home');
}

/** The pages; `fallback` when the caller has none (roles without a page of their own). */
export default function HomePages({ before, after, fallback }: { before?: ExtraTile[]; after?: ExtraTile[]; fallback?: ReactNode }) {
  const { t } = useTranslation();
  const home = useHome();
  if (home.error) return <ProblemAlert error={home.error} />;
  if (!home.data)
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 8 }} />
      </Card>
    );
  const pages = home.data.pages;
  if (pages.length === 0) return <>{fallback}</>;
  const reload = (
    <Tooltip title={t('home.refresh')}>
      <Button type="text" icon={<ReloadOutlined />} onClick={home.reload} loading={home.loading} data-testid="home-refresh" aria-label={t('home.refresh')} />
    </Tooltip>
  );
  if (pages.length === 1) return <PageGrid page={pages[0]} before={before} after={after} />;
  return (
    <Tabs
      data-testid="home-tabs"
      tabBarExtraContent={reload}
      items={pages.map((p) => ({
        key: p.id,
        label: pageLabel(t, p.id),
        children: <PageGrid page={p} before={before} after={after} />,
      }))}
    />
  );
}

function pageLabel(t: (k: string) => string, id: string): string {
  switch (id) {
    case 'business':
      return t('home.pages.business');
    case 'technical':
      return t('home.pages.technical');
    case 'management':
      return t('home.pages.management');
    case 'operations':
      return t('home.pages.operations');
    case 'finance':
      return t('home.pages.finance');
    case 'portal':
      return t('home.pages.portal');
    default:
      return id;
  }
}

// The header's search box over devices (name, serial, asset tag, IP), racks, customers, contracts,
// applications, addresses and prefixes, grouped by kind. Opened by a click, "/" or Ctrl+K; arrow
// keys move, Enter or a click opens the object. The server decides what the user may find.
import { SearchOutlined } from '@ant-design/icons';
import { Button, Empty, Grid, Input, Modal, Spin, Typography, type InputRef } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { api, ApiError } from '../api/client';
import { flatHits, opensSearch, searchTarget, type SearchAnswer } from '../lib/search';
import ProblemAlert from './ProblemAlert';

const DEBOUNCE_MS = 200;

export default function HeaderSearch() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [answer, setAnswer] = useState<SearchAnswer>();
  const [error, setError] = useState<ApiError>();
  const [loading, setLoading] = useState(false);
  const [active, setActive] = useState(0);
  const input = useRef<InputRef>(null);
  // On a phone the header keeps only the icon.
  const wide = Grid.useBreakpoint().sm !== false;

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!open && opensSearch(e)) {
        e.preventDefault();
        setOpen(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open]);

  useEffect(() => {
    const q = text.trim();
    if (!open || q === '') {
      setAnswer(undefined);
      setError(undefined);
      return;
    }
    const ctl = new AbortController();
    const timer = setTimeout(() => {
      setLoading(true);
      api
        .get<SearchAnswer>('/api/v1/search', { q }, { signal: ctl.signal })
        .then((a) => {
          setAnswer(a);
          setError(undefined);
          setActive(0);
        })
        .catch((e) => {
          if (!ctl.signal.aborted) setError(e instanceof ApiError ? e : new ApiError({ status: 0, detail: String(e) }));
        })
        .finally(() => {
          if (!ctl.signal.aborted) setLoading(false);
        });
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      ctl.abort();
    };
  }, [text, open]);

  const hits = useMemo(() => flatHits(answer), [answer]);
  const go = (i: number) => {
    const h = hits[i];
    if (!h) return;
    setOpen(false);
    navigate(searchTarget(h.type, h.hit));
  };
  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setActive((a) => Math.min(a + 1, Math.max(hits.length - 1, 0)));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      go(active);
    }
  };

  let index = -1;
  return (
    <>
      <Button
        type="text"
        icon={<SearchOutlined />}
        onClick={() => setOpen(true)}
        aria-label={t('search.open')}
        title={t('search.shortcut')}
        data-testid="header-search"
      >
        {wide && <span style={{ color: 'rgba(0,0,0,0.45)' }}>{t('search.open')}</span>}
      </Button>
      <Modal
        open={open}
        onCancel={() => setOpen(false)}
        footer={null}
        closable={false}
        destroyOnClose
        afterOpenChange={(o) => o && input.current?.focus()}
        width={640}
        style={{ top: 80, maxWidth: 'calc(100vw - 16px)' }}
        styles={{ body: { maxHeight: '60vh', overflowY: 'auto' } }}
      >
        <Input
          ref={input}
          size="large"
          allowClear
          autoFocus
          prefix={<SearchOutlined />}
          placeholder={t('search.placeholder')}
          value={text}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={onKeyDown}
          data-testid="search-input"
        />
        <div style={{ marginTop: 12 }} data-testid="search-results">
          {error && <ProblemAlert error={error} />}
          {text.trim() === '' && <Typography.Text type="secondary">{t('search.hint')}</Typography.Text>}
          {loading && !answer && <Spin />}
          {answer && answer.groups.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('search.empty')} />}
          {answer?.groups.map((g) => (
            <div key={g.type} style={{ marginBottom: 12 }} data-testid={`search-group-${g.type}`}>
              <Typography.Text type="secondary" strong>
                {t(`search.types.${g.type}`, { defaultValue: g.type })}
              </Typography.Text>
              {g.results.map((hit) => {
                index += 1;
                const i = index;
                return (
                  <div
                    key={`${g.type}-${hit.id}`}
                    role="option"
                    aria-selected={i === active}
                    onMouseEnter={() => setActive(i)}
                    onClick={() => go(i)}
                    data-testid="search-hit"
                    style={{
                      cursor: 'pointer',
                      padding: '6px 8px',
                      borderRadius: 6,
                      background: i === active ? 'rgba(22,119,255,0.08)' : undefined,
                      display: 'flex',
                      gap: 12,
                      minWidth: 0,
                    }}
                  >
                    <span style={{ fontWeight: 500, whiteSpace: 'nowrap' }}>{hit.title}</span>
                    <Typography.Text type="secondary" ellipsis style={{ minWidth: 0 }}>
                      {hit.subtitle}
                    </Typography.Text>
                  </div>
                );
              })}
              {g.more && (
                <Typography.Text type="secondary" style={{ fontSize: 12, paddingLeft: 8 }}>
                  {t('search.more')}
                </Typography.Text>
              )}
            </div>
          ))}
        </div>
      </Modal>
    </>
  );
}

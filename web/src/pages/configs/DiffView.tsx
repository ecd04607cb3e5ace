// A diff between two configuration versions: unified (one column, as `diff -u`) or side by side
// (old left, new right). Long lines scroll inside the view, never the page.
import { Segmented, Space, Tag, Typography } from 'antd';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import './configs.css';
import type { ConfigDiff, ConfigDiffHunk, ConfigDiffLine } from './types';

function lineClass(kind: string) {
  return kind === '+' ? 'cfg-diff-add' : kind === '-' ? 'cfg-diff-del' : '';
}

// The hunk's lines paired for two columns: a run of removals beside the run of insertions after it.
function pairs(h: ConfigDiffHunk): [ConfigDiffLine | null, ConfigDiffLine | null][] {
  const out: [ConfigDiffLine | null, ConfigDiffLine | null][] = [];
  const lines = h.lines ?? [];
  for (let i = 0; i < lines.length; ) {
    if (lines[i].kind === ' ') {
      out.push([lines[i], lines[i]]);
      i++;
      continue;
    }
    const minus: ConfigDiffLine[] = [];
    const plus: ConfigDiffLine[] = [];
    while (i < lines.length && lines[i].kind === '-') minus.push(lines[i++]);
    while (i < lines.length && lines[i].kind === '+') plus.push(lines[i++]);
    for (let k = 0; k < Math.max(minus.length, plus.length); k++) out.push([minus[k] ?? null, plus[k] ?? null]);
  }
  return out;
}

export default function DiffView({ diff }: { diff: ConfigDiff }) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<'unified' | 'split'>('unified');
  const hunks = diff.hunks ?? [];
  return (
    <div data-testid="config-diff">
      <Space wrap style={{ marginBottom: 8 }}>
        <Segmented
          size="small"
          value={mode}
          onChange={(v) => setMode(v as 'unified' | 'split')}
          options={[
            { value: 'unified', label: t('configs.unified') },
            { value: 'split', label: t('configs.sideBySide') },
          ]}
        />
        <Tag color="green">+{diff.added}</Tag>
        <Tag color="red">-{diff.removed}</Tag>
        {diff.masked && <Typography.Text type="secondary">{t('configs.maskedNote')}</Typography.Text>}
      </Space>
      {hunks.length === 0 ? (
        <Typography.Text type="secondary">{t('configs.noDifference')}</Typography.Text>
      ) : mode === 'unified' ? (
        <pre className="cfg-diff" data-testid="config-diff-unified">
          {hunks.map((h, i) => (
            <Fragment key={i}>
              <div className="cfg-diff-hunk">{`@@ -${h.old_start},${h.old_count} +${h.new_start},${h.new_count} @@`}</div>
              {(h.lines ?? []).map((l, j) => (
                <div key={j} className={lineClass(l.kind)}>
                  <span className="cfg-diff-no">{l.old_no || ''}</span>
                  <span className="cfg-diff-no">{l.new_no || ''}</span>
                  {l.kind}
                  {l.text}
                </div>
              ))}
            </Fragment>
          ))}
        </pre>
      ) : (
        <div className="cfg-diff cfg-diff-split" data-testid="config-diff-split">
          {hunks.map((h, i) => (
            <Fragment key={i}>
              <div className="cfg-diff-hunk cfg-diff-span">{`@@ -${h.old_start},${h.old_count} +${h.new_start},${h.new_count} @@`}</div>
              {pairs(h).map(([a, b], j) => (
                <Fragment key={j}>
                  <div className={a && a.kind !== ' ' ? 'cfg-diff-del' : ''}>
                    <span className="cfg-diff-no">{a?.old_no || ''}</span>
                    {a?.text ?? ''}
                  </div>
                  <div className={b && b.kind !== ' ' ? 'cfg-diff-add' : ''}>
                    <span className="cfg-diff-no">{b?.new_no || ''}</span>
                    {b?.text ?? ''}
                  </div>
                </Fragment>
              ))}
            </Fragment>
          ))}
        </div>
      )}
    </div>
  );
}

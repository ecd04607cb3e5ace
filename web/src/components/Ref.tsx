// RefName shows a referenced object's name (fetched once, cached); RefSelect picks one by search.
import { Select, Spin, Typography, type SelectProps } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { REFS, refName, searchRefs, type RefKind } from '../lib/refs';

export function RefName({
  kind,
  id,
  link = true,
  format,
}: {
  kind: RefKind;
  id: number | null | undefined;
  link?: boolean;
  /** Shortens or reshapes the name for tight columns. */
  format?: (name: string) => string;
}) {
  const [name, setName] = useState<string | null | undefined>(undefined);
  useEffect(() => {
    if (id == null) return;
    let live = true;
    setName(undefined);
    refName(kind, id).then((n) => live && setName(n));
    return () => {
      live = false;
    };
  }, [kind, id]);
  if (id == null) return <Typography.Text type="secondary">—</Typography.Text>;
  const text = name === undefined || name === null ? `#${id}` : format ? format(name) : name;
  const to = REFS[kind].link?.(id);
  return link && to ? <Link to={to}>{text}</Link> : <span>{text}</span>;
}

type Value = number | undefined | null;

interface RefSelectProps extends Omit<SelectProps, 'options' | 'onChange' | 'value' | 'mode'> {
  kind: RefKind;
  value?: Value;
  onChange?: (v: number | undefined) => void;
  /** Extra list filters, e.g. {site: 1} for rooms of one site. */
  params?: Record<string, string | number | undefined>;
}

export function RefSelect({ kind, value, onChange, params, ...rest }: RefSelectProps) {
  const { t } = useTranslation();
  const [options, setOptions] = useState<{ value: number; label: string }[]>([]);
  const [loading, setLoading] = useState(false);
  const [selectedLabel, setSelectedLabel] = useState<string | null>(null);
  const seq = useRef(0);
  const paramsKey = JSON.stringify(params ?? {});

  const load = useMemo(
    () => (q: string) => {
      const n = ++seq.current;
      setLoading(true);
      searchRefs(kind, q, params)
        .then((o) => n === seq.current && setOptions(o))
        .catch(() => n === seq.current && setOptions([]))
        .finally(() => n === seq.current && setLoading(false));
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [kind, paramsKey],
  );
  const timer = useRef<ReturnType<typeof setTimeout>>();
  useEffect(() => () => clearTimeout(timer.current), []);

  useEffect(() => {
    if (value == null) {
      setSelectedLabel(null);
      return;
    }
    let live = true;
    refName(kind, value).then((n) => live && setSelectedLabel(n));
    return () => {
      live = false;
    };
  }, [kind, value]);

  const merged =
    value != null && !options.some((o) => o.value === value)
      ? [{ value, label: selectedLabel ?? `#${value}` }, ...options]
      : options;
  return (
    <Select
      showSearch
      allowClear
      filterOption={false}
      placeholder={t('common.search')}
      {...rest}
      value={value ?? undefined}
      options={merged}
      onChange={(v) => onChange?.(v === undefined || v === null ? undefined : Number(v))}
      onDropdownVisibleChange={(open) => open && load('')}
      onSearch={(q) => {
        clearTimeout(timer.current);
        timer.current = setTimeout(() => load(q), 250);
      }}
      notFoundContent={loading ? <Spin size="small" /> : undefined}
    />
  );
}

/** Drops undefined and null (and, unless keepEmpty, empty strings): what a create request should send. */
export function compact<T extends object>(o: T, keepEmpty = false): Partial<T> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) {
    if (v === undefined || v === null) continue;
    if (!keepEmpty && v === '') continue;
    out[k] = v;
  }
  return out as Partial<T>;
}

/** The fields of `next` that differ from `prev`: what a PATCH should send. Null clears a field. */
export function changed<T extends object>(prev: T, next: Partial<T>): Partial<T> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(next)) {
    if (v === undefined) continue;
    const before = (prev as Record<string, unknown>)[k];
    if (JSON.stringify(before ?? null) !== JSON.stringify(v ?? null)) out[k] = v;
  }
  return out as Partial<T>;
}

// Mapping problem+json field errors onto form fields.
import type { FieldError } from '../api/client';

export type NamePath = (string | number)[];

/** 'contacts/0/name' (JSON pointer style) or 'contacts.0.name' → ['contacts', 0, 'name']. */
export function fieldPath(field: string): NamePath {
  const cleaned = field.replace(/^\/+/, '').replace(/\[(\d+)\]/g, '/$1');
  return cleaned
    .split(/[/.]/)
    .filter((s) => s !== '')
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

export function samePath(a: NamePath, b: NamePath): boolean {
  return a.length === b.length && a.every((x, i) => String(x) === String(b[i]));
}

export interface FieldErrors {
  name: NamePath;
  errors: string[];
}

/**
 * Splits field errors into those a form shows next to its fields (their name is one of `known`)
 * and the rest, which the form shows above itself. Errors on one field are merged.
 * `alias` renames API fields to form fields (e.g. {customer_id: 'customer'}).
 */
export function splitFieldErrors(
  errors: FieldError[] | undefined,
  known: NamePath[],
  alias: Record<string, string> = {},
): { fields: FieldErrors[]; rest: FieldError[] } {
  const fields: FieldErrors[] = [];
  const rest: FieldError[] = [];
  for (const e of errors ?? []) {
    let path = fieldPath(e.field);
    if (path.length && typeof path[0] === 'string' && alias[path[0]]) path = [alias[path[0]], ...path.slice(1)];
    const hit = known.find((k) => samePath(k, path));
    if (!hit) {
      rest.push(e);
      continue;
    }
    const existing = fields.find((f) => samePath(f.name, hit));
    if (existing) existing.errors.push(e.message);
    else fields.push({ name: hit, errors: [e.message] });
  }
  return { fields, rest };
}

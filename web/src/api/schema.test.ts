// The committed API types are what the committed API document generates: a shape changed on the
// server and not regenerated here (npm run api:types) fails.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DOCUMENT, TYPES, generate } from './generate.mjs';

describe('generated API types', () => {
  it('match the committed document', async () => {
    const fresh = await generate(readFileSync(DOCUMENT, 'utf8'));
    expect(fresh === readFileSync(TYPES, 'utf8')).toBe(true);
  });

  it('carry the enumerations the pages use', async () => {
    const schema = await import('./schema');
    expect(schema.deviceStatusValues).toContain('maintenance');
    expect(schema.lineItemBilling_cycleValues).toEqual(['monthly', 'quarterly', 'yearly']);
  });
});

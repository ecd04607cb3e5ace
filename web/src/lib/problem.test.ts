import { describe, expect, it } from 'vitest';
import { fieldPath, splitFieldErrors } from './problem';

describe('fieldPath', () => {
  it('splits nested pointers into form name paths', () => {
    expect(fieldPath('contacts/0/name')).toEqual(['contacts', 0, 'name']);
    expect(fieldPath('/contacts/12/email')).toEqual(['contacts', 12, 'email']);
    expect(fieldPath('files.1.yaml')).toEqual(['files', 1, 'yaml']);
    expect(fieldPath('items[3].qty')).toEqual(['items', 3, 'qty']);
    expect(fieldPath('name')).toEqual(['name']);
  });
});

describe('splitFieldErrors', () => {
  const known = [['name'], ['credit_code'], ['contacts', 0, 'name'], ['customer']];
  it('puts errors of known fields next to them and keeps the rest', () => {
    const { fields, rest } = splitFieldErrors(
      [
        { field: 'name', code: 'required', message: 'Required.' },
        { field: 'name', code: 'too_long', message: 'Too long.' },
        { field: 'contacts/0/name', code: 'required', message: 'Contact name.' },
        { field: 'customer_id', code: 'not_found', message: 'No such customer.' },
        { field: 'unknown', code: 'unknown_field', message: 'Unknown field.' },
      ],
      known,
      { customer_id: 'customer' },
    );
    expect(fields).toEqual([
      { name: ['name'], errors: ['Required.', 'Too long.'] },
      { name: ['contacts', 0, 'name'], errors: ['Contact name.'] },
      { name: ['customer'], errors: ['No such customer.'] },
    ]);
    expect(rest.map((r) => r.field)).toEqual(['unknown']);
  });
});

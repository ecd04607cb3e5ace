import { describe, expect, it } from 'vitest';
import { bulkBody } from './BulkEdit';

describe('bulkBody', () => {
  it('sends only the fields filled in, with the ids as numbers', () => {
    expect(bulkBody(['3', 4], { status: 'active' })).toEqual({ ids: [3, 4], status: 'active' });
    expect(bulkBody([1], { role: 'switch', rack_id: 7, customer_id: 2 })).toEqual({ ids: [1], role: 'switch', rack_id: 7, customer_id: 2 });
  });
  it('clears the customer when asked, whatever customer is picked', () => {
    expect(bulkBody([1], { clear_customer: true, customer_id: 5 })).toEqual({ ids: [1], customer_id: null });
  });
  it('is null when nothing would change', () => {
    expect(bulkBody([1, 2], {})).toBeNull();
    expect(bulkBody([1], { status: '', clear_customer: false })).toBeNull();
  });
});

// The monthly service quality page in Chinese, at desktop size and on a phone: finance computes
// this month's credits, then finance and the customer read the month; a month nobody measured
// says so instead of showing full availability.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { apiAs, assertNoPageErrors, login, newPage, shot } from './helpers.mjs';

const PHONE = { width: 390, height: 844 };

export default function servicedeskSla(ctx) {
  describe('service desk service levels', () => {
    it('finance and the customer read the month, unmeasured availability is said to be unmeasured', async () => {
      const finance = await apiAs(ctx, 'finance');
      const now = new Date();
      const month = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
      const run = await finance('/api/v1/servicedesk/levels/month-end', { method: 'POST', body: JSON.stringify({ month }) });
      assert.equal(run.status, 200, JSON.stringify(run.body));

      const staff = await newPage(ctx, { locale: 'zh-CN' });
      try {
        await login(staff, 'finance');
        await staff.getByTestId('dashboard').waitFor();
        await staff.goto('/servicedesk/levels');
        await staff.getByTestId('service-levels-page').waitFor();
        await staff.getByText('服务质量月报').first().waitFor();
        await staff.getByText('SLA 赔偿').first().waitFor();
        await shot(staff, 'servicedesk-sla.zh-CN');
        assertNoPageErrors(staff);
      } finally {
        await staff.context().close();
      }

      const customer = await newPage(ctx, { locale: 'zh-CN', ...PHONE });
      try {
        await login(customer, 'acme.user');
        await customer.getByTestId('portal-home').waitFor();
        await customer.goto('/servicedesk/levels');
        await customer.getByTestId('service-levels-page').waitFor();
        await customer.getByTestId('service-levels-availability').getByText('未测量').waitFor();
        await shot(customer, 'servicedesk-sla-phone.zh-CN');
        assertNoPageErrors(customer);
      } finally {
        await customer.context().close();
      }
    });
  });
}

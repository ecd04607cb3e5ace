// The price list and price changes in the browser, in Chinese, at desktop size and on a phone:
// finance reads the list and publishes a new price version (the date picker refuses past days),
// business raises a price on the demo contract, finance sees it pending in 调价, and the customer
// sees it on its home page and on the contract, and the list read-only in the portal.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { apiAs, assertNoPageErrors, login, newPage, settle, shot } from './helpers.mjs';

const PHONE = { width: 390, height: 844 };

function isoDay(days) {
  // The business calendar (Asia/Shanghai) is what the server and the date picker use.
  const d = new Date(Date.now() + 8 * 3600_000 + days * 86400_000);
  return d.toISOString().slice(0, 10);
}

async function assertFitsWidth(page, name) {
  await settle(page);
  const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(scroll <= PHONE.width, `${name}: the page is ${scroll} px wide on a ${PHONE.width} px screen`);
}

export default function billingCatalogue(ctx) {
  describe('billing catalogue', () => {
    it('finance reads the list and publishes a price version never in the past', async () => {
      const finance = await apiAs(ctx, 'finance');
      const rack = (await finance('/api/v1/billing/catalogue?q=RACK-42U')).body.results.find((i) => i.code === 'RACK-42U');
      const page = await newPage(ctx, { locale: 'zh-CN' });
      try {
        await login(page, 'finance');
        await page.getByTestId('dashboard').waitFor();
        await page.goto('/billing/catalogue');
        await page.getByTestId('catalogue-table').getByText('RACK-42U').waitFor();
        assert.ok(await page.getByText('整机柜（42U）').isVisible());
        await shot(page, 'billing-catalogue.zh-CN');

        await page.goto(`/billing/catalogue/${rack.id}`);
        await page.getByTestId('price-history').waitFor();
        await page.getByTestId('version-new').click();
        const form = page.getByTestId('version-form');
        await form.waitFor();
        await form.getByTestId('version-date').click();
        // Yesterday is not offered.
        const yesterday = page.locator(`.ant-picker-dropdown td[title="${isoDay(-1)}"]`);
        if (await yesterday.count()) assert.match((await yesterday.getAttribute('class')) ?? '', /ant-picker-cell-disabled/);
        const dateInput = form.locator('.ant-picker input');
        await dateInput.fill(isoDay(30));
        await dateInput.press('Enter');
        await form.locator('input[data-testid="version-price"], [data-testid="version-price"] input').first().fill('4800');
        await form.getByLabel('说明').fill('2027年机柜价格调整');
        await page.locator('.ant-modal-footer .ant-btn-primary').click();
        await form.waitFor({ state: 'hidden' });
        await page.getByTestId(`version-${isoDay(30)}`).waitFor();
        assert.ok(await page.getByText('已公布').first().isVisible());
        await shot(page, 'billing-catalogue-item.zh-CN');
        const after = (await finance(`/api/v1/billing/catalogue/${rack.id}`)).body;
        assert.equal(after.upcoming[0].price_fen, 480000);
        assert.equal(after.price_fen, 450000, 'today keeps the price in force');
        assertNoPageErrors(page);
      } finally {
        await page.context().close();
      }
    });

    it('a price rise waits for the customer: 调价 for finance, the home page and contract for the customer', async () => {
      const business = await apiAs(ctx, 'business');
      const contract = (await business('/api/v1/contracts?status=active&limit=100')).body.results.find((c) => c.customer.name.includes('天顶'));
      assert.ok(contract, 'the demo has an active contract of Zenith');
      const detail = (await business(`/api/v1/contracts/${contract.id}`)).body;
      const lines = detail.terms.line_items.map((l, i) => (i === 0 ? { ...l, unit_price_fen: l.unit_price_fen + 3000 } : l));
      const early = await business(`/api/v1/contracts/${contract.id}/amendments`, {
        method: 'POST',
        body: JSON.stringify({ effective_date: isoDay(1), summary: '机柜空间单价上调', changes: { line_items: lines } }),
      });
      assert.equal(early.status, 422);
      assert.equal(early.body.code, 'contracts.price_change.notice_too_short');
      const made = await business(`/api/v1/contracts/${contract.id}/amendments`, {
        method: 'POST',
        body: JSON.stringify({
          effective_date: isoDay(detail.notice_days),
          summary: '机柜空间单价上调',
          rights_duties: '自生效日起机柜空间按新单价计费，其他条款不变。',
          changes: { line_items: lines },
        }),
      });
      assert.equal(made.status, 201, JSON.stringify(made.body));

      const staff = await newPage(ctx, { locale: 'zh-CN' });
      try {
        await login(staff, 'finance');
        await staff.getByTestId('dashboard').waitFor();
        await staff.goto('/billing/price-changes');
        await staff.getByTestId('price-changes-table').getByText(contract.number).waitFor();
        assert.ok(await staff.getByText('未同意').first().isVisible());
        await shot(staff, 'billing-price-changes.zh-CN');
        assertNoPageErrors(staff);
      } finally {
        await staff.context().close();
      }

      const customer = await newPage(ctx, { locale: 'zh-CN' });
      try {
        await login(customer, 'zenith.admin');
        await customer.getByTestId('portal-price-changes').waitFor();
        await shot(customer, 'billing-portal-home.zh-CN');
        await customer.goto(`/contracts/${contract.id}`);
        await customer.getByText('变更协议').first().waitFor();
        const tab = customer.getByRole('tab', { name: /变更/ });
        if (await tab.count()) await tab.first().click();
        await customer.getByTestId(`amendment-${made.body.number}-price-change`).waitFor();
        await shot(customer, 'billing-contract-price-change.zh-CN');
        await customer.goto('/billing/catalogue');
        await customer.getByTestId('catalogue-table').getByText('RACK-42U').waitFor();
        assert.equal(await customer.getByTestId('catalogue-create').count(), 0, 'customers do not write the list');
        await shot(customer, 'billing-portal-catalogue.zh-CN');
        assertNoPageErrors(customer);
      } finally {
        await customer.context().close();
      }
    });

    it('business adds a line from the list to a change agreement; a rise too soon is refused with its earliest date', async () => {
      const business = await apiAs(ctx, 'business');
      const contract = (await business('/api/v1/contracts?status=active&limit=100')).body.results.find((c) => c.customer.name.includes('天顶'));
      const page = await newPage(ctx, { locale: 'zh-CN' });
      try {
        await login(page, 'business');
        await page.getByTestId('dashboard').waitFor();
        await page.goto(`/contracts/${contract.id}`);
        await page.getByTestId('amendment-propose').click();
        const form = page.getByTestId('amendment-form');
        await form.waitFor();
        await form.getByLabel('摘要').fill('增加 IPv4 地址');
        await form.locator('.ant-switch').last().click();
        await form.getByTestId('line-items-catalogue').click();
        await page.keyboard.type('IPV4');
        await page.locator('.ant-select-dropdown .ant-select-item-option', { hasText: 'IPV4' }).first().click();
        await form.getByTestId('line-list-price').first().waitFor();
        assert.match(await form.getByTestId('line-list-price').first().innerText(), /标准价 ¥50\.00/);
        await page.locator('.ant-modal-footer .ant-btn-primary').click();
        // A new recurring charge is a price change: today is too soon, and the form says when it may start.
        await form.getByText(/最早生效日期为 \d{4}-\d{2}-\d{2}/).first().waitFor();
        await shot(page, 'billing-amendment-from-catalogue.zh-CN');
        assertNoPageErrors(page);
      } finally {
        await page.context().close();
      }
    });

    it('the price list pages fit a 390 px phone', async () => {
      const page = await newPage(ctx, { locale: 'zh-CN', ...PHONE });
      try {
        await login(page, 'finance');
        await page.getByTestId('dashboard').waitFor();
        for (const [name, path, testId] of [
          ['catalogue', '/billing/catalogue', 'catalogue-table'],
          ['price-changes', '/billing/price-changes', 'price-changes-table'],
        ]) {
          await page.goto(path);
          await page.getByTestId(testId).waitFor();
          await assertFitsWidth(page, name);
          await shot(page, `phone-billing-${name}.zh-CN`);
        }
        assertNoPageErrors(page);
      } finally {
        await page.context().close();
      }
    });
  });
}

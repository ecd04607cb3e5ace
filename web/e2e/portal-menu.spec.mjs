// The portal's top menu in groups: everything fits at 1440 px (no "…" folding entries away),
// 费用中心 holds the bills, the statement (with its monthly PDF) and payments, and on a phone the
// drawer shows the same groups.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertNoPageErrors, clickPortalEntry, login, newPage, shot } from './helpers.mjs';

const PHONE = { width: 390, height: 844 };

export default function portalMenu(ctx) {
  describe('portal menu', () => {
    it('groups the entries so that the top menu fits at 1440 px', async () => {
      const page = await newPage(ctx, { locale: 'zh-CN' });
      try {
        await login(page, 'acme.admin');
        await page.getByTestId('portal-home').waitFor();
        const menu = page.getByTestId('top-menu');
        for (const group of ['site', 'network', 'business', 'service', 'billing'])
          assert.ok(await page.getByTestId(`nav-group-${group}`).isVisible(), `${group} stands in the top menu`);
        // rc-overflow's "…" has no size while nothing is folded into it.
        const rest = menu.locator(':scope > .ant-menu-overflow-item-rest');
        for (let i = 0; i < (await rest.count()); i++) assert.equal(await rest.nth(i).isVisible(), false, 'entries folded into "…"');
        const box = await menu.boundingBox();
        const header = await page.locator('.portal-header-inner').boundingBox();
        assert.ok(box.x + box.width <= header.x + header.width, 'the menu ends within the header');
        assert.equal(await page.getByTestId('nav-group-billing').innerText(), '费用中心');

        // 费用中心 opens on hover with the bills, the statement and the payments.
        await page.getByTestId('nav-group-billing').hover();
        for (const entry of ['billingInvoices', 'statement', 'payments', 'catalogue'])
          await page.getByTestId(`nav-${entry}`).waitFor({ state: 'visible' });
        await shot(page, 'portal-menu-billing.zh-CN');
        await page.getByTestId('nav-statement').click();
        await page.getByTestId('statement-page').waitFor();
        const href = await page.getByTestId('statement-pdf').getAttribute('href');
        assert.match(href, /\/api\/v1\/billing\/customers\/\d+\/statement\/pdf\?month=\d{4}-\d{2}&lang=zh-CN/);
        const pdf = await page.request.get(href);
        assert.equal(pdf.status(), 200);
        assert.equal(pdf.headers()['content-type'], 'application/pdf');
        await shot(page, 'portal-statement.zh-CN');

        // The other groups lead to their pages.
        await clickPortalEntry(page, 'tickets');
        await page.getByTestId('tickets-page').waitFor();
        await clickPortalEntry(page, 'contracts');
        await page.getByTestId('contracts-table').waitFor();
        assertNoPageErrors(page);
      } finally {
        await page.context().close();
      }
    });

    it('names the finance group Billing centre in English', async () => {
      const page = await newPage(ctx, { locale: 'en-US' });
      try {
        await login(page, 'acme.user');
        await page.getByTestId('portal-home').waitFor();
        assert.equal(await page.getByTestId('nav-group-billing').innerText(), 'Billing centre');
        assertNoPageErrors(page);
      } finally {
        await page.context().close();
      }
    });

    it('shows the same groups in the drawer on a phone', async () => {
      const page = await newPage(ctx, { locale: 'zh-CN', ...PHONE });
      try {
        await login(page, 'acme.admin');
        await page.getByTestId('portal-home').waitFor();
        await page.getByTestId('menu-drawer-open').click();
        const drawer = page.getByTestId('menu-drawer');
        await drawer.waitFor({ state: 'visible' });
        await drawer.getByTestId('nav-group-billing').click();
        await drawer.getByTestId('nav-statement').waitFor({ state: 'visible' });
        await shot(page, 'phone-portal-menu-billing.zh-CN');
        await drawer.getByTestId('nav-statement').click();
        await page.getByTestId('statement-page').waitFor();
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        assert.ok(width <= PHONE.width, `the statement page is ${width} px wide`);
        await shot(page, 'phone-portal-statement.zh-CN');
        // The drawer opens again on the group of the page shown.
        await page.getByTestId('menu-drawer-open').click();
        await drawer.getByTestId('nav-statement').waitFor({ state: 'visible' });
        assertNoPageErrors(page);
      } finally {
        await page.context().close();
      }
    });
  });
}

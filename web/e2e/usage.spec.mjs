// Usage pages: the meters list, a port's chart with its 95th-percentile line, a contract's
// figures and the CSV import's report for operations; a customer sees only its own meters,
// reads them on a phone, and cannot open another customer's. Screenshots in Chinese.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { apiAs, assertNoPageErrors, login, newPage, settle, shot } from './helpers.mjs';

const ZENITH_PORT = 'BJ-CORE-SW-01 GE1/0/12';
const ACME_PORT = 'BJ-AGG-SW-03 XGE0/0/1';

async function meterByName(ctx, name) {
  const call = await apiAs(ctx, 'admin');
  const r = await call(`/api/v1/usage/meters?q=${encodeURIComponent(name)}`);
  assert.equal(r.status, 200);
  const m = r.body.results.find((x) => x.name === name);
  assert.ok(m, `demo meter ${name} missing`);
  return m;
}

/** Nothing on the page is wider than the window (no sideways scrolling on a phone). */
async function assertNoOverflow(page) {
  const { scroll, width } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, width: window.innerWidth }));
  assert.ok(scroll <= width + 1, `the page is ${scroll} px wide in a ${width} px window`);
}

async function assertChartDrawn(page) {
  const shapes = await page.getByTestId('usage-chart').evaluate((e) => e.querySelectorAll('svg path').length);
  assert.ok(shapes > 3, `the chart drew ${shapes} paths`);
}

/** Opens a select (by its test id), types to search, and picks the option with this text. */
async function pick(page, testId, text, search) {
  await page.getByTestId(testId).click();
  if (search) await page.keyboard.type(search);
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: text }).first().click();
}

export default function usage(ctx) {
  describe('usage', () => {
    it('operations adds a port on a customer\'s contract through the form', async () => {
      const port = await meterByName(ctx, ZENITH_PORT);
      const page = await newPage(ctx);
      try {
        await login(page, 'operations');
        await page.getByTestId('dashboard').waitFor();
        await page.goto('/usage');
        await page.getByTestId('usage-meter-create').click();
        const form = page.getByTestId('usage-meter-form');
        await form.waitFor();
        await pick(page, 'usage-meter-customer', '上海天顶数据服务有限公司', '天顶');
        await pick(page, 'usage-meter-contract', port.contract_number);
        const name = `SH-CORE-SW-09 GE1/0/${Date.now() % 1000}`;
        await page.getByTestId('usage-meter-name').fill(name);
        await shot(page, 'usage-meter-form.zh-CN');
        await page.getByTestId('modal-ok').click();
        const row = page.getByTestId('usage-meters-table').locator('tr', { hasText: name });
        await row.waitFor();
        assert.match(await row.innerText(), new RegExp(port.contract_number));
        assertNoPageErrors(page);
      } finally {
        await page.context().close();
      }
    });

    it('operations sees the meters, a port chart with its p95 line and the contract figures', async () => {
      const port = await meterByName(ctx, ZENITH_PORT);
      const page = await newPage(ctx);
      try {
        await login(page, 'operations');
        await page.getByTestId('dashboard').waitFor();
        await page.goto('/usage');
        await page.getByTestId('usage-meters-table').getByText(ZENITH_PORT).waitFor();
        await page.getByTestId('usage-meters-table').getByText(ACME_PORT).waitFor();
        await shot(page, 'usage-meters.zh-CN');

        await page.getByTestId('usage-meters-table').getByText(ZENITH_PORT).click();
        await page.getByTestId('usage-chart').waitFor();
        await settle(page);
        await assertChartDrawn(page);
        const figures = await page.getByTestId('usage-figures').innerText();
        assert.match(figures, /Mbps/);
        // The demo's samples end when its server started: on the first hours of a business month
        // (Shanghai) that month may hold none yet, and its chart and figures are rightly empty.
        const monthFrom = `${new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date()).slice(0, 8)}01`;
        const admin = await apiAs(ctx, 'admin');
        const inMonth = (await admin(`/api/v1/usage/meters/${port.id}/series?step=5m&from=${monthFrom}`)).body.points.length;
        await page.getByText('本月').click();
        await settle(page);
        if (inMonth > 3) await assertChartDrawn(page);
        await shot(page, 'usage-meter.zh-CN');

        await page.goto(`/usage/contracts/${port.contract_id}`);
        await page.getByTestId('usage-contract-p95').waitFor();
        await settle(page);
        if (inMonth > 0) {
          assert.match(await page.getByTestId('usage-contract-p95').innerText(), /Mbps/);
          assert.match(await page.getByTestId('usage-contract-kwh').innerText(), /kWh/);
        }
        await shot(page, 'usage-contract.zh-CN');
        assertNoPageErrors(page);
      } finally {
        await page.context().close();
      }
    });

    it('the CSV import writes the good lines and reports the bad ones', async () => {
      const page = await newPage(ctx);
      try {
        await login(page, 'operations');
        await page.getByTestId('dashboard').waitFor();
        await page.goto('/usage');
        await page.getByTestId('usage-import').click();
        const slot = new Date(Math.floor(Date.now() / 300000) * 300000 - 40 * 86400000).toISOString();
        const csv = `meter,timestamp,in_bps,out_bps\n${ACME_PORT},${slot},120000000,30000000\n不存在的端口,${slot},1,1\n`;
        await page
          .getByTestId('usage-import-modal')
          .locator('input[type=file]')
          .setInputFiles({ name: 'librenms.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
        await page.getByRole('button', { name: '开始导入' }).click();
        const report = page.getByTestId('usage-import-report');
        await report.waitFor();
        const text = await report.innerText();
        assert.match(text, /已接收\s*1/);
        assert.match(text, /已拒绝\s*1/);
        assert.match(text, /没有此名称或编号的计量点/);
        await shot(page, 'usage-import.zh-CN');
        assertNoPageErrors(page);
      } finally {
        await page.context().close();
      }
    });

    it('a customer sees only its own meters, read-only, and reads them on a phone', async () => {
      const acme = await meterByName(ctx, ACME_PORT);
      const page = await newPage(ctx, { width: 390, height: 844 });
      try {
        await login(page, 'zenith.admin');
        await page.getByTestId('portal-home').waitFor();
        await page.goto('/usage');
        const table = page.getByTestId('usage-meters-table');
        await table.getByText(ZENITH_PORT).waitFor();
        await settle(page);
        assert.equal(await table.getByText(ACME_PORT).count(), 0);
        assert.equal(await page.getByTestId('usage-import').count(), 0);
        assert.equal(await page.getByTestId('usage-meter-create').count(), 0);
        await shot(page, 'usage-portal-meters.phone.zh-CN');
        await table.getByText(ZENITH_PORT).click();
        await page.getByTestId('usage-chart').waitFor();
        await settle(page);
        await assertChartDrawn(page);
        await assertNoOverflow(page);
        await shot(page, 'usage-portal-meter.phone.zh-CN');
        // Its contract's monthly figures, on the phone too.
        await page.getByText('CT-', { exact: false }).first().click();
        await page.getByTestId('usage-contract-p95').waitFor();
        await settle(page);
        await assertNoOverflow(page);
        await shot(page, 'usage-portal-contract.phone.zh-CN');
        // Another customer's meter is not found.
        await page.goto(`/usage/meters/${acme.id}`);
        await settle(page);
        assert.equal(await page.getByTestId('usage-chart').count(), 0);
        assert.equal(await page.getByText(ACME_PORT).count(), 0);
        assertNoPageErrors(page);
      } finally {
        await page.context().close();
      }
    });
  });
}

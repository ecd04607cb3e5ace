// The home pages: each role's page shows its cards and only those, the trend charts draw, the
// grid's rows are full at desktop and phone widths, and a count opens its filtered list.
// Screenshots in Chinese at 1440 px and 390x844.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { apiAs, assertNoPageErrors, login, newPage, settle, shot } from './helpers.mjs';

const ROLES = {
  business: { page: 'dashboard', cards: ['applications.by_stage', 'contracts.expiring', 'contracts.renewals', 'intake.weekly', 'servicedesk.complaints_open'] },
  technical: { page: 'dashboard', cards: ['feasibility.queue', 'capacity.rooms', 'occupancy.weekly', 'servicedesk.breaches_today', 'servicedesk.actions_overdue', 'facility.maintenance_overdue'] },
  management: {
    page: 'dashboard',
    cards: [
      'applications.by_stage', 'intake.weekly', 'capacity.rooms', 'occupancy.weekly', 'approvals.waiting', 'contracts.value_monthly',
      'servicedesk.breaches_today', 'servicedesk.complaints_open', 'servicedesk.actions_overdue',
    ],
  },
  operations: { page: 'dashboard', cards: ['work.today', 'work.weekly', 'servicedesk.breaches_today', 'servicedesk.actions_overdue', 'facility.maintenance_overdue', 'facility.findings_open'] },
  finance: { page: 'dashboard', cards: ['contracts.expiring', 'contracts.value_monthly'] },
  'acme.user': { page: 'portal-home', cards: ['my.services', 'my.applications', 'my.notices', 'my.occupancy'] },
};

/** The cards shown in the visible home grid, by id. */
async function shownCards(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('[data-testid^="home-card-"]')]
      .filter((e) => e.offsetParent !== null)
      .map((e) => e.getAttribute('data-testid').slice('home-card-'.length)),
  );
}

/** Every chart in the visible grid has drawn its SVG with shapes (on a phone, capacity is a list). */
async function assertChartsDrawn(page) {
  const charts = await page.evaluate(() =>
    [...document.querySelectorAll('.home-grid [data-testid^="chart-"]')]
      .filter((e) => e.offsetParent !== null)
      .map((e) => ({ id: e.getAttribute('data-testid'), shapes: e.querySelectorAll('svg path, svg rect').length, height: e.getBoundingClientRect().height })),
  );
  assert.ok(charts.length > 0, 'no chart on the page');
  for (const c of charts) assert.ok(c.shapes > 0 && c.height > 100, `chart ${c.id} did not draw: ${JSON.stringify(c)}`);
}

/** No row of the visible grids is half empty, and nothing sticks out of a grid. */
async function assertRowsFull(page) {
  const problems = await page.evaluate(() => {
    const out = [];
    for (const grid of document.querySelectorAll('.home-grid')) {
      if (grid.offsetParent === null) continue;
      const g = grid.getBoundingClientRect();
      const rows = new Map();
      for (const tile of grid.children) {
        if (!tile.classList.contains('home-tile')) continue;
        const r = tile.getBoundingClientRect();
        if (r.right > g.right + 1) out.push(`${tile.dataset.testid ?? 'tile'} sticks out: ${r.right} > ${g.right}`);
        const top = Math.round(r.top);
        rows.set(top, Math.max(rows.get(top) ?? 0, r.right));
      }
      for (const [top, right] of rows) if (right < g.right - 2) out.push(`${grid.dataset.testid} row at ${top} ends at ${right} of ${g.right}`);
    }
    return out;
  });
  assert.deepEqual(problems, []);
}

export default function home(ctx) {
  describe('home pages', () => {
    for (const [username, role] of Object.entries(ROLES)) {
      it(`${username} sees the cards of its page and their charts`, async () => {
        const page = await newPage(ctx);
        try {
          await login(page, username);
          await page.getByTestId(role.page).waitFor();
          await page.getByTestId(`home-card-${role.cards[0]}`).waitFor();
          await settle(page);
          assert.deepEqual(await shownCards(page), role.cards);
          await assertChartsDrawn(page);
          await assertRowsFull(page);
          const name = username.replace('.', '-');
          await shot(page, `home-${name}.zh-CN`);

          await page.setViewportSize({ width: 390, height: 844 });
          await settle(page);
          await assertRowsFull(page);
          await assertChartsDrawn(page);
          await shot(page, `home-${name}.phone.zh-CN`);
          assertNoPageErrors(page);
        } finally {
          await page.context().close();
        }
      });
    }

    it('an administrator gets one tab per department page', async () => {
      const page = await newPage(ctx);
      try {
        await login(page, 'admin');
        await page.getByTestId('home-tabs').waitFor();
        const tabs = await page.locator('[data-testid="home-tabs"] .ant-tabs-tab').allInnerTexts();
        assert.deepEqual(tabs, ['业务部门', '技术部门', '管理层', '运维', '财务']);
        for (const [i, username] of ['business', 'technical', 'management', 'operations', 'finance'].entries()) {
          await page.locator('[data-testid="home-tabs"] .ant-tabs-tab').nth(i).click();
          await page.locator(`[data-testid="home-card-${ROLES[username].cards[0]}"]:visible`).waitFor();
          await settle(page);
          assert.deepEqual(await shownCards(page), ROLES[username].cards, `tab ${tabs[i]}`);
          await assertChartsDrawn(page);
          await assertRowsFull(page);
        }
        await shot(page, 'home-admin.zh-CN');
        assertNoPageErrors(page);
      } finally {
        await page.context().close();
      }
    });

    it('a count opens the list it counts, filtered', async () => {
      const page = await newPage(ctx);
      try {
        await login(page, 'business');
        await page.getByTestId('expiring-90').click();
        await page.getByTestId('contracts-page').waitFor();
        assert.match(page.url(), /\/contracts\?expiring=90$/);
        assertNoPageErrors(page);
      } finally {
        await page.context().close();
      }
    });

    it("a customer's figures are its own", async () => {
      const api = await apiAs(ctx, 'acme.user');
      const devices = (await api('/api/v1/dcim/devices?limit=1')).body.count;
      const retired = (await api('/api/v1/dcim/devices?limit=1&status=decommissioned')).body.count;
      const racks = (await api('/api/v1/dcim/racks?limit=1')).body.count;
      const page = await newPage(ctx);
      try {
        await login(page, 'acme.user');
        await page.getByTestId('my-devices').waitFor();
        const figure = async (id) => Number((await page.getByTestId(id).locator('.ant-statistic-content').innerText()).replace(/[^\d]/g, ''));
        assert.equal(await figure('my-devices'), devices - retired);
        assert.equal(await figure('my-racks'), racks);
        await page.getByTestId('my-racks').click();
        await page.waitForURL(/\/dcim\/racks$/);
        assertNoPageErrors(page);
      } finally {
        await page.context().close();
      }
    });
  });
}

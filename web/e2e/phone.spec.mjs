import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { apiAs, assertNoPageErrors, clickPortalEntry, login, nav, newPage, settle, shot } from './helpers.mjs';

const PHONE = { width: 390, height: 844 };

/** Nothing on the page is wider than the screen: no sideways scrolling of the page itself. */
async function assertFitsWidth(page, name) {
  await settle(page);
  const { scroll, widest } = await page.evaluate(() => {
    const w = document.documentElement.clientWidth;
    // The widest element that sticks out of the screen and is not inside a scrolling box.
    let widest = '';
    for (const el of document.querySelectorAll('body *')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.right <= w + 1) continue;
      let p = el.parentElement;
      let clipped = false;
      while (p && p !== document.body) {
        const o = getComputedStyle(p).overflowX;
        if (o === 'auto' || o === 'scroll' || o === 'hidden') {
          clipped = true;
          break;
        }
        p = p.parentElement;
      }
      if (!clipped) {
        widest = `${el.tagName.toLowerCase()}.${String(el.className).slice(0, 80)} right=${Math.round(r.right)}`;
        break;
      }
    }
    return { scroll: document.documentElement.scrollWidth, widest };
  });
  assert.ok(scroll <= PHONE.width, `${name}: the page is ${scroll} px wide on a ${PHONE.width} px screen (${widest})`);
}

/** The menu is a drawer opened from the header, and choosing an entry closes it. */
async function assertDrawerMenu(page, entry, screenshot) {
  assert.equal(await page.getByTestId('side-menu').count(), 0, 'no sider on a phone');
  assert.equal(await page.getByTestId('top-menu').count(), 0, 'no top menu on a phone');
  await page.getByTestId('menu-drawer-open').click();
  const drawer = page.getByTestId('menu-drawer');
  await drawer.waitFor({ state: 'visible' });
  // Once it has slid in, the drawer lies within the screen.
  await page.waitForFunction(() => {
    const r = document.querySelector('[data-testid="menu-drawer"]')?.getBoundingClientRect();
    return !!r && r.width > 0 && r.left >= 0 && r.right <= window.innerWidth;
  });
  if (screenshot) await shot(page, screenshot);
  await clickPortalEntry(page, entry, drawer);
  await drawer.waitFor({ state: 'hidden' });
}

export default function phone(ctx) {
  describe('phone', () => {
    it('the console at 390 x 844: drawer menu, nothing wider than the screen', async () => {
      const admin = await apiAs(ctx, 'admin');
      const room = (await admin('/api/v1/dcim/rooms?limit=1')).body.results[0];
      const rack = (await admin(`/api/v1/dcim/racks?room=${room.id}&limit=1`)).body.results[0];
      const device = (await admin(`/api/v1/dcim/devices?rack=${rack.id}&limit=1`)).body.results[0];
      const contract = (await admin('/api/v1/contracts?sort=number&limit=1')).body.results[0];
      const application = (await admin('/api/v1/applications?limit=1')).body.results[0];
      const page = await newPage(ctx, { locale: 'zh-CN', ...PHONE });
      try {
        await login(page, 'admin');
        await page.getByTestId('dashboard').waitFor();
        await assertFitsWidth(page, 'dashboard');
        await shot(page, 'phone-dashboard.zh-CN');
        await assertDrawerMenu(page, 'sites', 'phone-menu.zh-CN');
        await page.waitForURL(/\/dcim\/sites$/);
        await assertFitsWidth(page, 'sites');
        await shot(page, 'phone-sites.zh-CN');

        const pages = [
          ['rack', `/dcim/racks/${rack.id}`, 'elevation-rear'],
          ['devices', '/dcim/devices', 'devices-table'],
          ['device', `/dcim/devices/${device.id}`, 'device-detail'],
          ['applications', '/applications', 'applications-table'],
          ['application', `/applications/${application.id}`, null],
          ['wizard', '/applications/new', 'application-wizard'],
          ['contract', `/contracts/${contract.id}`, 'contract-detail'],
          ['customers', '/customers', 'customers-table'],
        ];
        for (const [name, path, testId] of pages) {
          await nav(page, path);
          if (testId) await page.getByTestId(testId).waitFor();
          await assertFitsWidth(page, name);
          await shot(page, `phone-${name}.zh-CN`);
        }
        // The rack's two faces fit side by side within the screen, unit numbers included.
        await nav(page, `/dcim/racks/${rack.id}`);
        await page.getByTestId('elevation-rear').waitFor();
        for (const face of ['front', 'rear']) {
          const b = await page.getByTestId(`elevation-${face}`).boundingBox();
          assert.ok(b.x >= 0 && b.x + b.width <= PHONE.width, `${face} face within the screen: ${JSON.stringify(b)}`);
        }
        // The signed scan is named by the file it was uploaded as.
        await nav(page, `/contracts/${contract.id}`);
        await page.getByTestId('contract-detail').waitFor();
        assert.match(await page.getByTestId('contract-scan-name').innerText(), /签字盖章版\.pdf/);
        assertNoPageErrors(page);
      } finally {
        await page.context().close();
      }
    });

    it('the portal at 390 x 844: drawer menu with the company, lists within the screen', async () => {
      const page = await newPage(ctx, { locale: 'zh-CN', ...PHONE });
      try {
        await login(page, 'acme.admin');
        await page.getByTestId('portal-home').waitFor();
        await assertFitsWidth(page, 'portal home');
        await shot(page, 'phone-portal-home.zh-CN');
        await page.getByTestId('menu-drawer-open').click();
        await page.getByTestId('menu-drawer').getByTestId('portal-company').waitFor();
        await page.keyboard.press('Escape');
        await page.getByTestId('menu-drawer').waitFor({ state: 'hidden' });
        for (const [entry, testId] of [
          ['racks', 'racks-table'],
          ['devices', 'devices-table'],
          ['ipAddresses', 'addresses-table'],
          ['applications', 'applications-table'],
          ['contracts', 'contracts-table'],
        ]) {
          await assertDrawerMenu(page, entry);
          await page.getByTestId(testId).waitFor();
          await assertFitsWidth(page, `portal ${entry}`);
          await shot(page, `phone-portal-${entry}.zh-CN`);
        }
        // A dedicated rack as the customer sees it: cards, then the elevation within the screen.
        await assertDrawerMenu(page, 'racks', 'phone-portal-menu.zh-CN');
        await page.getByTestId('racks-table').waitFor();
        await page.getByTestId('phone-card').first().locator('a').click();
        await page.getByTestId('elevation-rear').waitFor();
        await assertFitsWidth(page, 'portal rack');
        await shot(page, 'phone-portal-rack.zh-CN');
        // On a phone the customer's devices read as cards, servers first.
        await assertDrawerMenu(page, 'devices');
        await page.getByTestId('devices-table').waitFor();
        await settle(page);
        assert.match(await page.getByTestId('phone-card').first().innerText(), /服务器/);
        assertNoPageErrors(page);
      } finally {
        await page.context().close();
      }
    });

    it('the portal lists its servers first, by rack and unit', async () => {
      const page = await newPage(ctx, { locale: 'zh-CN' });
      try {
        await login(page, 'acme.admin');
        await page.getByTestId('portal-home').waitFor();
        await nav(page, '/dcim/devices');
        await page.getByTestId('devices-table').waitFor();
        await settle(page);
        const first = await page.getByTestId('devices-table').locator('tbody tr.ant-table-row').first().innerText();
        assert.match(first, /服务器/, `the first row is a server: ${first}`);
      } finally {
        await page.context().close();
      }
    });

    it('the rack elevation at 1,440 px: both faces whole inside their card', async () => {
      const admin = await apiAs(ctx, 'admin');
      const rack = (await admin('/api/v1/dcim/racks?limit=1')).body.results[0];
      const page = await newPage(ctx, { locale: 'zh-CN', width: 1440, height: 900 });
      try {
        await login(page, 'admin');
        await page.getByTestId('dashboard').waitFor();
        await nav(page, `/dcim/racks/${rack.id}`);
        await page.getByTestId('elevation-rear').waitFor();
        await settle(page);
        const faces = await page.getByTestId('rack-faces').boundingBox();
        for (const face of ['front', 'rear']) {
          const b = await page.getByTestId(`elevation-${face}`).boundingBox();
          assert.ok(b.x >= faces.x - 0.5 && b.x + b.width <= faces.x + faces.width + 0.5, `${face} face inside its card: ${JSON.stringify({ b, faces })}`);
        }
        await shot(page, 'rack-elevation-1440.zh-CN');
      } finally {
        await page.context().close();
      }
    });
  });
}

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertNoPageErrors, login, newPage, settle } from './helpers.mjs';

// Each department signs in and lands on its dashboard with the menu its role allows.
const DEPARTMENTS = {
  admin: { sees: ['nav-devices', 'nav-sites', 'nav-customers', 'nav-users', 'nav-audit', 'nav-deviceTypes'], not: [] },
  business: { sees: ['nav-devices', 'nav-customers', 'nav-users'], not: ['nav-audit'] },
  technical: { sees: ['nav-devices', 'nav-sites', 'nav-deviceTypes', 'nav-prefixes'], not: ['nav-users', 'nav-audit'] },
  management: { sees: ['nav-devices', 'nav-customers'], not: ['nav-users', 'nav-audit'] },
  finance: { sees: ['nav-devices', 'nav-customers'], not: ['nav-users', 'nav-audit'] },
  operations: { sees: ['nav-devices', 'nav-racks'], not: ['nav-users', 'nav-audit'] },
  security: { sees: ['nav-devices', 'nav-audit'], not: ['nav-users'] },
  auditor: { sees: ['nav-audit', 'nav-users', 'nav-devices'], not: [] },
};

export default function staff(ctx) {
  describe('staff departments', () => {
    for (const [username, menu] of Object.entries(DEPARTMENTS)) {
      it(`${username} signs in and sees the dashboard`, async () => {
        const page = await newPage(ctx);
        try {
          await login(page, username);
          await page.getByTestId('dashboard').waitFor();
          await page.getByTestId('console-layout').waitFor();
          assert.match(await page.getByTestId('user-menu').innerText(), /\S/);
          for (const id of menu.sees) assert.equal(await page.getByTestId(id).count(), 1, `${username} should see ${id}`);
          for (const id of menu.not) assert.equal(await page.getByTestId(id).count(), 0, `${username} should not see ${id}`);
          // Every staff home shows a chart: its department's trends, or the inventory overview.
          await page.locator('[data-testid^="chart-"] svg, [data-testid="room-chart"] svg').first().waitFor();
          if (username === 'auditor' || username === 'admin') await page.getByTestId('recent-activity').waitFor();
          await settle(page);
          assertNoPageErrors(page);
        } finally {
          await page.context().close();
        }
      });
    }

    it('a staff member without the permission gets the no-access page by URL', async () => {
      const page = await newPage(ctx);
      try {
        await login(page, 'finance');
        await page.getByTestId('dashboard').waitFor();
        await page.goto('/system/audit');
        await page.getByTestId('forbidden').waitFor();
      } finally {
        await page.context().close();
      }
    });

    it('a wrong password is refused with a message', async () => {
      const page = await newPage(ctx, { locale: 'en-US' });
      try {
        await login(page, 'operations', 'not-the-password');
        const err = page.getByTestId('login-error');
        await err.waitFor();
        assert.match(await err.innerText(), /user name or password is wrong/i);
      } finally {
        await page.context().close();
      }
    });

    it('signing out returns to the login page and the session is gone', async () => {
      const page = await newPage(ctx);
      try {
        await login(page, 'technical');
        await page.getByTestId('dashboard').waitFor();
        await page.getByTestId('user-menu').click();
        await page.getByTestId('menu-logout').click();
        await page.getByTestId('login-form').waitFor();
        await page.goto('/dcim/devices');
        await page.getByTestId('login-form').waitFor();
        assert.match(page.url(), /\/login\?next=%2Fdcim%2Fdevices/);
      } finally {
        await page.context().close();
      }
    });
  });
}

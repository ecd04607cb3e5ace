// The alerts page in Chinese: a room too hot for ten minutes (pushed readings, then one run of
// the rules job) shows as a critical firing alert; operations acknowledges it with a comment and
// the row and its history say so; the page also works at phone width.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { apiAs, assertNoPageErrors, login, newPage, settle, shot } from './helpers.mjs';

export default function alerts(ctx) {
  describe('alerts', () => {
    it('operations acknowledges a firing room temperature alert', async (t) => {
      if (!ctx.paths.has('/api/v1/monitoring/alerts')) return t.skip('no alerts on this server');
      const ops = await apiAs(ctx, 'operations');
      const rooms = await ops('/api/v1/dcim/rooms?limit=1');
      const room = rooms.body.results[0].id;
      const sensor = `e2e-${Date.now()}`;
      const t0 = (Math.floor(Date.now() / 60000) - 12) * 60000;
      const samples = Array.from({ length: 10 }, (_, i) => ({ metric: 'sensor_temperature_celsius', labels: { room_id: String(room), sensor }, t: t0 + i * 60000, value: 30.5 }));
      const pushed = await ops('/api/v1/monitoring/samples', { method: 'POST', body: JSON.stringify({ samples }) });
      assert.equal(pushed.status, 200, JSON.stringify(pushed.body));
      const ran = execFileSync(process.env.COLO_BINARY, ['jobs', 'run', 'monitoring-rules', '--db', `sqlite://${join(ctx.server.dir, 'e2e.db')}`], {
        // The demo server's data key lives beside its database; demo mode makes the command read it.
        env: { ...process.env, COLO_DEMO: 'true' },
      });
      assert.match(ran.toString(), /[1-9]\d* fired/, ran.toString());

      const page = await newPage(ctx, { locale: 'zh-CN' });
      try {
        await login(page, 'operations');
        await page.getByTestId('console-layout').waitFor();
        await page.goto(`/monitoring/alerts?q=${sensor}`);
        await page.getByTestId('alerts-page').waitFor();
        const row = page.getByTestId('alerts-table').locator('.ant-table-row', { hasText: sensor });
        await row.waitFor();
        assert.match(await row.innerText(), /严重/);
        assert.match(await row.innerText(), /告警中/);
        await row.getByRole('button', { name: '确认' }).click();
        const form = page.getByTestId('alert-action-form');
        await form.waitFor();
        await form.locator('#comment').fill('已通知空调维保');
        await page.getByTestId('modal-ok').click();
        await form.waitFor({ state: 'detached' }).catch(() => {});
        await row.getByText('已确认').waitFor();
        await row.locator('.ant-table-row-expand-icon').click();
        await page.getByText('已通知空调维保').waitFor();
        await settle(page);
        await shot(page, 'alerts-zh');
        assertNoPageErrors(page);
      } finally {
        await page.context().close();
      }

      const phone = await newPage(ctx, { locale: 'zh-CN', width: 390, height: 844 });
      try {
        await login(phone, 'operations');
        await phone.getByTestId('console-layout').waitFor();
        await phone.goto(`/monitoring/alerts?q=${sensor}`);
        await phone.getByTestId('alerts-page').waitFor();
        await phone.getByText(sensor).first().waitFor();
        await settle(phone);
        await shot(phone, 'alerts-phone-zh');
        assertNoPageErrors(phone);
      } finally {
        await phone.context().close();
      }
    });
  });
}

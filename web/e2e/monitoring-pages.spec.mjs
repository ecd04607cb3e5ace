// The monitoring pages in Chinese, with readings pushed through the API: a device's graphs (traffic
// with its 95th percentile, errors, reachability), the rooms' environment against their limits (a
// stale sensor, a room without sensors), maintenance windows (planned, changed, an emergency that
// silences an alert, cancelled), optimisation advice, and the customer's portal: its own device's
// graphs and availability, another customer's device not found. Desktop and phone width.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { apiAs, assertNoPageErrors, login, newPage, settle, shot } from './helpers.mjs';

const MIN = 60_000;

async function both(ctx, user, name, path, ready, check) {
  for (const [suffix, size] of [['zh', {}], ['phone-zh', { width: 390, height: 844 }]]) {
    const page = await newPage(ctx, { locale: 'zh-CN', ...size });
    try {
      await login(page, user);
      await page.getByTestId(user.includes('.') ? 'portal-layout' : 'console-layout').waitFor();
      await page.goto(path);
      await page.getByTestId(ready).waitFor();
      await settle(page);
      if (check) await check(page, suffix);
      await shot(page, `${name}-${suffix}`);
      // Nothing wider than the screen at phone width: the page scrolls inside its tables only.
      if (size.width) {
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        assert.ok(overflow <= 1, `${name} overflows the phone screen by ${overflow}px`);
      }
      assertNoPageErrors(page);
    } finally {
      await page.context().close();
    }
  }
}

export default function monitoringPages(ctx) {
  describe('monitoring pages', () => {
    const state = {};

    it('sets up readings, rooms and windows through the API', async (t) => {
      if (!ctx.paths.has('/api/v1/monitoring/maintenance/{id}')) return t.skip('no monitoring pages on this server');
      const admin = await apiAs(ctx, 'admin');
      const customers = (await admin('/api/v1/customers?limit=100')).body.results;
      const acme = customers.find((c) => /艾克米|Acme/i.test(c.name));
      const own = (await admin(`/api/v1/dcim/devices?customer=${acme.id}&limit=1`)).body.results[0];
      // Another customer holding a device: suites that ran before may have added customers without any.
      let foreign;
      for (const c of customers.filter((c) => c.id !== acme.id)) {
        foreign = (await admin(`/api/v1/dcim/devices?customer=${c.id}&limit=1`)).body.results[0];
        if (foreign) break;
      }
      assert.ok(own && foreign, 'demo devices of both customers');
      const rooms = (await admin('/api/v1/dcim/rooms?limit=10')).body.results;
      assert.ok(rooms.length >= 2, 'two demo rooms');
      const [room, bare] = rooms;
      // The room's limits per GB 50174: 18–27 °C, 40–60 % RH.
      const limits = await admin(`/api/v1/dcim/rooms/${room.id}`, {
        method: 'PATCH',
        body: JSON.stringify({ temp_min_c: 18, temp_max_c: 27, humidity_min_pct: 40, humidity_max_pct: 60 }),
      });
      assert.equal(limits.status, 200, JSON.stringify(limits.body));
      // The device is polled (reachability only), so it counts for availability.
      await admin(`/api/v1/dcim/devices/${own.id}`, { method: 'PATCH', body: JSON.stringify({ mgmt_address: '10.250.0.9' }) });
      const polled = await admin(`/api/v1/monitoring/devices/${own.id}`, { method: 'PUT', body: JSON.stringify({ snmp_version: 'none' }) });
      assert.equal(polled.status, 200, JSON.stringify(polled.body));

      // A day of five-minute readings on the customer's device: traffic with a daily swing, a few
      // errors, reachability with a short outage, round-trip time.
      const now = Math.floor(Date.now() / MIN) * MIN;
      const t0 = now - 24 * 60 * MIN;
      const dev = { device_id: String(own.id), customer_id: String(acme.id) };
      const port = { ...dev, if_index: '1' };
      const samples = [];
      for (let i = 0; i <= 288; i++) {
        const t = t0 + i * 5 * MIN;
        const swing = Math.sin((i / 288) * 2 * Math.PI);
        samples.push({ metric: 'if_in_bits_per_second', labels: port, t, value: 420e6 + 300e6 * swing + (i % 7) * 9e6 });
        samples.push({ metric: 'if_out_bits_per_second', labels: port, t, value: 180e6 + 120e6 * swing + (i % 5) * 6e6 });
        samples.push({ metric: 'if_in_errors_per_second', labels: port, t, value: i % 40 === 0 ? 0.4 : 0 });
        samples.push({ metric: 'if_in_discards_per_second', labels: port, t, value: i % 55 === 0 ? 1.2 : 0 });
        samples.push({ metric: 'device_up', labels: dev, t, value: i >= 200 && i < 203 ? 0 : 1 });
        samples.push({ metric: 'device_rtt_seconds', labels: dev, t, value: 0.0012 + (i % 9) * 0.0001 });
      }
      // Sensors of the first room: one in range, one near its limit, one silent for 40 minutes.
      for (let i = 0; i <= 144; i++) {
        const t = now - 24 * 60 * MIN + i * 10 * MIN;
        const roomLabels = (sensor) => ({ room_id: String(room.id), sensor });
        samples.push({ metric: 'sensor_temperature_celsius', labels: roomLabels('冷通道-A01'), t, value: 22 + Math.sin(i / 20) });
        samples.push({ metric: 'sensor_humidity_percent', labels: roomLabels('冷通道-A01'), t, value: 48 + Math.cos(i / 15) * 3 });
        samples.push({ metric: 'sensor_temperature_celsius', labels: roomLabels('冷通道-B07'), t, value: 26.4 + Math.sin(i / 10) * 0.2 });
        if (t <= now - 40 * MIN) samples.push({ metric: 'sensor_temperature_celsius', labels: roomLabels('热通道-C03'), t, value: 31 });
      }
      const pushed = await admin('/api/v1/monitoring/samples', { method: 'POST', body: JSON.stringify({ samples }) });
      assert.equal(pushed.status, 200, JSON.stringify(pushed.body));

      // An emergency window on the first room since a quarter of an hour ago, then a hot sensor in
      // it and one run of the rules job: the alert fires silenced.
      const emergency = await admin('/api/v1/monitoring/maintenance', {
        method: 'POST',
        body: JSON.stringify({ scope: 'room', scope_id: room.id, starts_at: new Date(now - 15 * MIN).toISOString(), ends_at: new Date(now + 120 * MIN).toISOString(), title: '精密空调压缩机更换', emergency: true, reason: '压缩机故障，需立即更换' }),
      });
      assert.equal(emergency.status, 201, JSON.stringify(emergency.body));
      const hot = Array.from({ length: 10 }, (_, i) => ({ metric: 'sensor_temperature_celsius', labels: { room_id: String(room.id), sensor: '维护区-D02' }, t: now - 11 * MIN + i * MIN, value: 30.5 }));
      assert.equal((await admin('/api/v1/monitoring/samples', { method: 'POST', body: JSON.stringify({ samples: hot }) })).status, 200);
      const ran = execFileSync(process.env.COLO_BINARY, ['jobs', 'run', 'monitoring-rules', '--db', `sqlite://${join(ctx.server.dir, 'e2e.db')}`], {
        env: { ...process.env, COLO_DEMO: 'true' },
      });
      assert.match(ran.toString(), /[1-9]\d* fired/, ran.toString());
      const silenced = (await admin(`/api/v1/monitoring/alerts?room=${room.id}&q=维护区-D02`)).body.results;
      assert.ok(silenced.length > 0 && silenced[0].silenced, JSON.stringify(silenced));

      // A planned window on the customer's device three days ahead.
      const start = new Date(now + 72 * 60 * MIN);
      const planned = await admin('/api/v1/monitoring/maintenance', {
        method: 'POST',
        body: JSON.stringify({ scope: 'device', scope_id: own.id, starts_at: start.toISOString(), ends_at: new Date(start.getTime() + 2 * 60 * MIN).toISOString(), title: '核心交换机固件升级', reason: '修复已知缺陷' }),
      });
      assert.equal(planned.status, 201, JSON.stringify(planned.body));
      Object.assign(state, { acme, own, foreign, room, bare, emergency: emergency.body.id, planned: planned.body.id, now });
    });

    it('shows a device’s traffic with its 95th percentile, errors and reachability', async (t) => {
      if (!state.own) return t.skip('no setup');
      await both(ctx, 'operations', 'monitoring-graphs', `/monitoring/graphs/${state.own.id}`, 'graph-traffic', async (page) => {
        await page.getByTestId('graph-traffic').locator('svg').first().waitFor();
        assert.match(await page.getByTestId('graph-traffic-p95').innerText(), /95 计费值.*Mbps/);
        await page.getByTestId('graph-errors').locator('svg').first().waitFor();
        await page.getByTestId('graph-reach').locator('svg').first().waitFor();
        await page.getByTestId('graph-rtt').locator('svg').first().waitFor();
      });
      // The range picker: an hour of raw samples still draws the traffic.
      const page = await newPage(ctx, { locale: 'zh-CN' });
      try {
        await login(page, 'operations');
        await page.getByTestId('console-layout').waitFor();
        await page.goto(`/dcim/devices/${state.own.id}`);
        await page.getByTestId('device-monitoring').click();
        await page.getByTestId('device-graphs-page').waitFor();
        await page.getByTestId('range-picker').getByText('7 天').click();
        await settle(page);
        await page.getByTestId('graph-traffic-p95').waitFor();
        await page.getByTestId('range-picker').getByText('1 小时').click();
        await settle(page);
        await page.getByTestId('graph-traffic').locator('svg').first().waitFor();
        assertNoPageErrors(page);
      } finally {
        await page.context().close();
      }
    });

    it('shows each room against its limits, stale readings and a room without sensors', async (t) => {
      if (!state.room) return t.skip('no setup');
      await both(ctx, 'operations', 'monitoring-environment', '/monitoring/environment', `env-room-${state.room.id}`, async (page) => {
        const card = page.getByTestId(`env-room-${state.room.id}`);
        assert.equal(await card.getByTestId(`env-temp-${state.room.id}-冷通道-A01`).getAttribute('data-status'), 'ok');
        assert.equal(await card.getByTestId(`env-temp-${state.room.id}-冷通道-B07`).getAttribute('data-status'), 'near');
        assert.equal(await card.getByTestId(`env-temp-${state.room.id}-热通道-C03`).getAttribute('data-status'), 'stale');
        assert.equal(await card.getByTestId(`env-temp-${state.room.id}-维护区-D02`).getAttribute('data-status'), 'out');
        await card.getByTestId(`env-chart-${state.room.id}`).locator('svg').first().waitFor();
        assert.match(await page.getByTestId(`env-alerts-${state.room.id}`).innerText(), /维护区-D02|严重|警告/);
        await page.getByTestId(`env-room-${state.bare.id}-empty`).waitFor();
      });
    });

    it('plans, changes and cancels maintenance and shows what a window silenced', async (t) => {
      if (!state.planned) return t.skip('no setup');
      const page = await newPage(ctx, { locale: 'zh-CN' });
      try {
        await login(page, 'operations');
        await page.getByTestId('console-layout').waitFor();
        await page.goto('/monitoring/maintenance');
        await page.getByTestId('maintenance-page').waitFor();
        await settle(page);
        // Change the planned window's title.
        await page.getByTestId(`maintenance-edit-${state.planned}`).click();
        const form = page.getByTestId('maintenance-form');
        await form.waitFor();
        await form.locator('#title').fill('核心交换机固件升级（改期）');
        await page.getByTestId('modal-ok').click();
        await form.waitFor({ state: 'detached' });
        await page.getByText('核心交换机固件升级（改期）').waitFor();
        // A new window with too little notice is refused next to its field.
        await page.getByTestId('maintenance-new').click();
        await form.waitFor();
        await form.locator('#title').fill('临时测试');
        await page.getByTestId('modal-ok').click();
        await form.locator('.ant-form-item-explain-error').first().waitFor();
        await page.getByRole('button', { name: /取\s*消/ }).last().click();
        // The emergency window lists the alert it silenced.
        const row = page.getByTestId('maintenance-table').locator('.ant-table-row', { hasText: '精密空调压缩机更换' });
        await row.locator('.ant-table-row-expand-icon').click();
        await page.getByTestId(`silenced-${state.emergency}`).waitFor();
        assert.match(await page.getByTestId(`silenced-${state.emergency}`).innerText(), /维护区-D02|屏蔽了 \d+ 条告警/);
        await settle(page);
        await shot(page, 'monitoring-maintenance-zh');
        assertNoPageErrors(page);
      } finally {
        await page.context().close();
      }
      await both(ctx, 'operations', 'monitoring-maintenance-list', '/monitoring/maintenance', 'maintenance-table');
      // Cancelled before it starts, the window is gone.
      const ops = await apiAs(ctx, 'operations');
      const cancelled = await ops(`/api/v1/monitoring/maintenance/${state.planned}/cancel`, { method: 'POST', body: '{}' });
      assert.equal(cancelled.status, 204, JSON.stringify(cancelled.body));
      assert.equal((await ops(`/api/v1/monitoring/maintenance/${state.planned}`)).status, 404);
    });

    it('lists optimisation advice with its evidence and a link to the object', async (t) => {
      if (!state.room) return t.skip('no setup');
      await both(ctx, 'operations', 'monitoring-advice', '/monitoring/advice', 'advice-table');
    });

    it('shows a customer its own graphs and availability and not another customer’s device', async (t) => {
      if (!state.own) return t.skip('no setup');
      await both(ctx, 'acme.user', 'monitoring-portal-graphs', `/monitoring/graphs/${state.own.id}`, 'graph-traffic', async (page) => {
        await page.getByTestId('graph-traffic-p95').waitFor();
      });
      await both(ctx, 'acme.user', 'monitoring-portal-availability', '/monitoring/availability', 'availability-table', async (page) => {
        await page.getByTestId('availability-table').getByText(state.own.name).waitFor();
      });
      const page = await newPage(ctx, { locale: 'zh-CN' });
      try {
        await login(page, 'acme.user');
        await page.waitForURL((u) => !u.pathname.startsWith('/login'));
        await page.goto(`/monitoring/graphs/${state.foreign.id}`);
        await page.getByTestId('not-found').waitFor();
        assert.equal(await page.getByTestId('graph-traffic').count(), 0);
        await settle(page);
        await shot(page, 'monitoring-portal-foreign-zh');
      } finally {
        await page.context().close();
      }
      // The API agrees: the series of another customer's device are not listed, its range is 404.
      const acme = await apiAs(ctx, 'acme.user');
      const mine = await acme(`/api/v1/monitoring/series?match=${encodeURIComponent(`{device_id="${state.foreign.id}"}`)}`);
      assert.equal(mine.body.count, 0);
    });
  });
}

// 机房出入 in Chinese on a phone: the front desk looks a visit up by its code, checks the visitor
// in with the escort; the customer's portal shows its visit with the code for the desk.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { apiAs, assertGlyphs, assertNoPageErrors, login, newPage, settle, shot } from './helpers.mjs';

const day = (d) => new Date(Date.now() + d * 86400000).toISOString().slice(0, 10);
const at = (minutes) => new Date(Date.now() + minutes * 60000).toISOString().replace(/\.\d+Z$/, 'Z');

export default function facility(ctx) {
  describe('facility access', () => {
    it('the desk checks a visitor in by code on a phone; the portal shows the code', async (t) => {
      if (!ctx.paths.has('/api/v1/facility/visits')) return t.skip('no facility module on this server');
      const acme = await apiAs(ctx, 'acme.admin');
      const racks = await acme('/api/v1/dcim/racks?limit=1');
      const rack = racks.body.results[0];
      const name = `张伟${Date.now() % 10000}`;
      const person = await acme('/api/v1/facility/people', {
        method: 'POST',
        body: JSON.stringify({ name, id_type: 'resident_id', id_number: '110101199003078888', phone: '13912345678', company: '艾克美科技', racks: [rack.id], valid_from: day(-1), valid_to: day(200) }),
      });
      assert.equal(person.status, 201, JSON.stringify(person.body));
      const business = await apiAs(ctx, 'business');
      assert.equal((await business(`/api/v1/facility/people/${person.body.id}/decision`, { method: 'POST', body: '{"approve":true}' })).status, 200);
      const visit = await acme('/api/v1/facility/visits', {
        method: 'POST',
        body: JSON.stringify({ person_id: person.body.id, starts_at: at(-10), ends_at: at(120), racks: [rack.id], purpose: '更换硬盘', carried: '固态硬盘 2 块' }),
      });
      assert.equal(visit.status, 201, JSON.stringify(visit.body));
      const approved = await business(`/api/v1/facility/visits/${visit.body.id}/decision`, { method: 'POST', body: '{"approve":true}' });
      assert.equal(approved.status, 200);
      const code = approved.body.code;

      const page = await newPage(ctx, { locale: 'zh-CN', width: 390, height: 844 });
      try {
        await login(page, 'operations');
        await page.getByTestId('console-layout').waitFor();
        await page.goto('/facility/access');
        await page.getByTestId('facility-desk').waitFor();
        await page.getByTestId('desk-code').fill(code.toLowerCase());
        await page.getByRole('button', { name: /查\s?询/ }).click();
        await page.getByTestId('desk-view').waitFor();
        assert.match(await page.getByTestId('desk-view').innerText(), new RegExp(name));
        await page.getByPlaceholder('机房编号').fill(String(rack.room.id));
        await page.getByPlaceholder('陪同人员').fill('保安刘');
        await page.getByRole('button', { name: '登记进入' }).click();
        await page.getByTestId('desk-view').getByText('已进入').waitFor();
        await settle(page);
        await assertGlyphs(page);
        await shot(page, 'facility-desk-phone-zh');
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        assert.ok(width <= 390, `the desk overflows the phone: ${width}px`);
        assertNoPageErrors(page);
      } finally {
        await page.close();
      }

      const portal = await newPage(ctx, { locale: 'zh-CN' });
      try {
        await login(portal, 'acme.admin');
        await portal.getByTestId('portal-home').waitFor();
        await portal.goto('/facility/access');
        await portal.getByRole('tab', { name: '来访申请' }).click();
        await portal.getByText(code).first().waitFor();
        // The QR code the desk scans: an SVG drawn in the page.
        await portal.getByTestId(`visit-qr-${code}`).locator('svg').waitFor();
        await settle(portal);
        await shot(portal, 'facility-portal-visits-zh');
        assertNoPageErrors(portal);
      } finally {
        await portal.close();
      }
    });
  });
}

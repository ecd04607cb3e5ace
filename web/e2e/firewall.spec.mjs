// Firewall requests in Chinese, at desktop width and on a 390 px phone: a customer asks to open
// a port on its own device, is told when the address is not its own, and files the request;
// security reviews it with a risk level and note; the customer sees the rule in force and the
// expiring report lists it. An administrator resets a user's two-factor sign-in from the users
// page, and that user enrols a new authenticator at the next sign-in.
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { describe, it } from 'node:test';
import { apiAs, assertGlyphs, assertNoPageErrors, login, newPage, settle, shot } from './helpers.mjs';

const PHONE = { width: 390, height: 844 };

// RFC 6238 codes from the base32 key (HMAC-SHA1, 30 s steps, 6 digits).
function totp(secret, unixSeconds) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const c of secret.replace(/=+$/, '').toUpperCase()) bits += alphabet.indexOf(c).toString(2).padStart(5, '0');
  const bytes = [];
  for (let i = 0; i + 8 <= bits.length; i += 8) bytes.push(parseInt(bits.slice(i, i + 8), 2));
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(unixSeconds / 30)));
  const mac = createHmac('sha1', Buffer.from(bytes)).update(counter).digest();
  const offset = mac[mac.length - 1] & 0xf;
  return String((mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000).padStart(6, '0');
}

async function assertFitsWidth(page, name) {
  await settle(page);
  const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(scroll <= PHONE.width, `${name}: the page is ${scroll} px wide on a ${PHONE.width} px screen`);
}

export default function firewall(ctx) {
  describe('firewall', () => {
    let requestId;
    let device;

    it('a customer asks to open a port on its own address (zh-CN)', async () => {
      const admin = await apiAs(ctx, 'admin');
      const acme = await apiAs(ctx, 'acme.admin');
      const customer = (await acme('/api/v1/auth/me')).body.user.customer_id;
      const prefix = await admin('/api/v1/ipam/prefixes', {
        method: 'POST',
        body: JSON.stringify({ prefix: '100.120.1.0/28', customer, description: '艾克米对外服务' }),
      });
      assert.ok([201, 409].includes(prefix.status), JSON.stringify(prefix.body));
      device = (await acme('/api/v1/dcim/devices?limit=1')).body.results[0];
      assert.ok(device, 'acme has a device');

      const page = await newPage(ctx, { locale: 'zh-CN' });
      try {
        await login(page, 'acme.admin');
        await page.waitForURL((u) => !u.pathname.startsWith('/login'));
        await settle(page);
        await page.goto('/firewall/requests');
        await page.getByTestId('firewall-requests-page').waitFor();
        await page.getByTestId('firewall-new').click();
        await page.getByTestId('firewall-form').waitFor();
        await page.getByTestId('firewall-device').click();
        await page.keyboard.type(device.name);
        await page.locator('.ant-select-item-option', { hasText: device.name }).first().click();
        await page.getByTestId('firewall-line-destination').fill('100.120.9.9');
        await page.getByTestId('firewall-line-ports').fill('22');
        await page.getByTestId('firewall-reason').fill('运维人员远程登录，仅限工作时间');
        await page.getByTestId('modal-ok').click();
        // Not the customer's own address: the field says so, in Chinese.
        await page.locator('.ant-form-item-explain-error', { hasText: '不在该客户' }).waitFor();
        await shot(page, 'firewall-form-error.zh-CN');
        await page.getByTestId('firewall-line-destination').fill('100.120.1.5');
        await settle(page);
        await shot(page, 'firewall-form.zh-CN');
        await page.getByTestId('modal-ok').click();
        await page.getByTestId('firewall-request-detail').waitFor();
        requestId = page.url().split('/').pop();
        await settle(page);
        const text = await page.getByTestId('firewall-request-detail').innerText();
        assert.match(text, /待审核/);
        assert.match(text, /管理端口对公网开放/);
        assert.match(text, /100\.120\.1\.5\/32/);
        await assertGlyphs(page);
        await shot(page, 'firewall-request.zh-CN');
        assertNoPageErrors(page);
      } finally {
        await page.context().close();
      }
    });

    it('security reviews it and the rule is in force for the customer', async () => {
      const page = await newPage(ctx, { locale: 'zh-CN' });
      try {
        await login(page, 'security');
        await page.getByTestId('console-layout').waitFor();
        await page.goto('/firewall/requests?status=submitted');
        await page.getByTestId('firewall-requests-table').waitFor();
        await settle(page);
        await shot(page, 'firewall-requests.zh-CN');
        await page.goto(`/firewall/requests/${requestId}`);
        await page.getByTestId('firewall-review').waitFor();
        await page.getByTestId('firewall-review-note').fill('仅允许堡垒机出口地址，三个月后复核');
        await settle(page);
        await shot(page, 'firewall-review.zh-CN');
        await page.getByTestId('firewall-review-submit').click();
        await page.getByTestId('firewall-review-result').waitFor();
        assert.match(await page.getByTestId('firewall-request-detail').innerText(), /已批准/);
        await page.goto('/firewall/rules');
        await page.getByTestId('firewall-rules-table').waitFor();
        await settle(page);
        assert.match(await page.getByTestId('firewall-rules-table').innerText(), /100\.120\.1\.5\/32/);
        await shot(page, 'firewall-rules.zh-CN');
        assertNoPageErrors(page);
      } finally {
        await page.context().close();
      }
      const acme = await apiAs(ctx, 'acme.admin');
      const rules = (await acme('/api/v1/firewall/rules')).body;
      assert.ok(rules.results.some((r) => r.destination === '100.120.1.5/32'), JSON.stringify(rules));
    });

    it('the customer sees its own rules and requests on a 390 px phone', async () => {
      const page = await newPage(ctx, { locale: 'zh-CN', ...PHONE });
      try {
        await login(page, 'acme.admin');
        await page.waitForURL((u) => !u.pathname.startsWith('/login'));
        for (const [name, path, testId] of [
          ['requests', '/firewall/requests', 'firewall-requests-page'],
          ['request', `/firewall/requests/${requestId}`, 'firewall-request-detail'],
          ['rules', '/firewall/rules', 'firewall-rules-page'],
        ]) {
          await page.goto(path);
          await page.getByTestId(testId).waitFor();
          await assertFitsWidth(page, name);
          await shot(page, `phone-firewall-${name}.zh-CN`);
        }
        assert.match(await page.getByTestId('firewall-rules-page').innerText(), /100\.120\.1\.5\/32/);
        await page.goto('/firewall/requests');
        await page.getByTestId('firewall-new').click();
        await page.getByTestId('firewall-form').waitFor();
        await settle(page);
        await shot(page, 'phone-firewall-form.zh-CN');
        assertNoPageErrors(page);
      } finally {
        await page.context().close();
      }
    });

    it('an administrator resets a user\'s two-factor sign-in; the user enrols again at sign-in', async () => {
      const admin = await apiAs(ctx, 'admin');
      const username = `reset-2fa-${Date.now()}`;
      const pw = 'colo-e2e-reset-two-factor';
      const made = await admin('/api/v1/users', {
        method: 'POST',
        body: JSON.stringify({ username, display_name: '重置测试', password: pw, roles: ['operations'] }),
      });
      assert.equal(made.status, 201, JSON.stringify(made.body));
      // The user turns two-factor sign-in on with the API, as its account page does.
      const signIn = await fetch(`${ctx.url}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ username, password: pw }),
      });
      assert.equal(signIn.status, 200);
      const cookie = signIn.headers.get('set-cookie').split(';')[0];
      const { csrf_token } = await signIn.json();
      const asUser = (path, body) =>
        fetch(`${ctx.url}${path}`, { method: 'POST', headers: { Cookie: cookie, 'X-CSRF-Token': csrf_token, 'Content-Type': 'application/json' }, body: JSON.stringify(body ?? {}) });
      const begun = await (await asUser('/api/v1/me/totp')).json();
      const confirmed = await asUser('/api/v1/me/totp/confirm', { code: totp(begun.secret, Math.floor(Date.now() / 1000)) });
      assert.equal(confirmed.status, 200, await confirmed.text());

      const page = await newPage(ctx, { locale: 'zh-CN' });
      try {
        await login(page, 'admin');
        await page.getByTestId('console-layout').waitFor();
        await page.goto(`/system/users/${made.body.id}`);
        await page.getByTestId('user-reset-two-factor').click();
        await page.locator('.ant-popconfirm').getByRole('button', { name: /确\s*定/ }).click();
        await page.locator('.ant-message', { hasText: '已重置两步验证' }).waitFor();
        await shot(page, 'users-reset-two-factor.zh-CN');
        assertNoPageErrors(page);
      } finally {
        await page.context().close();
      }
      const audit = (await admin(`/api/v1/audit?object_type=user&object_id=${made.body.id}&action=totp_reset`)).body;
      assert.equal(audit.count, 1, 'the reset is audited');
      // Its next sign-in asks it to enrol a new authenticator.
      const next = await newPage(ctx, { locale: 'zh-CN' });
      try {
        await login(next, username, pw);
        await next.getByTestId('totp-start-enrol').waitFor();
        await shot(next, 'login-enrol-after-reset.zh-CN');
      } finally {
        await next.context().close();
      }
    });
  });
}

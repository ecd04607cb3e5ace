// Two-factor sign-in in Chinese: a technician turns it on from the account page (QR code, key,
// first code, recovery codes shown once), then signs in on a phone with a code and with a
// recovery code. Codes are computed here from the key the page shows (RFC 6238, HMAC-SHA1).
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { describe, it } from 'node:test';
import { apiAs, assertGlyphs, assertNoPageErrors, login, newPage, settle, shot } from './helpers.mjs';

function fromBase32(text) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const c of text.replace(/=+$/, '').toUpperCase()) bits += alphabet.indexOf(c).toString(2).padStart(5, '0');
  const bytes = [];
  for (let i = 0; i + 8 <= bits.length; i += 8) bytes.push(parseInt(bits.slice(i, i + 8), 2));
  return Buffer.from(bytes);
}

function totp(secret, unixSeconds) {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(unixSeconds / 30)));
  const mac = createHmac('sha1', fromBase32(secret)).update(counter).digest();
  const offset = mac[mac.length - 1] & 0xf;
  const n = (mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000;
  return String(n).padStart(6, '0');
}

export default function security(ctx) {
  describe('two-factor sign-in', () => {
    it('a technician turns it on, then signs in on a phone with a code and with a recovery code', async () => {
      const admin = await apiAs(ctx, 'admin');
      const username = `totp-e2e-${Date.now()}`;
      const pw = 'colo-e2e-two-factor-pass';
      const made = await admin('/api/v1/users', {
        method: 'POST',
        body: JSON.stringify({ username, display_name: '两步验证测试', password: pw, roles: ['technical'] }),
      });
      assert.equal(made.status, 201, JSON.stringify(made.body));

      const page = await newPage(ctx, { locale: 'zh-CN' });
      let secret = '';
      let recovery = [];
      let confirmedAt = 0;
      try {
        await login(page, username, pw);
        await page.getByTestId('console-layout').waitFor();
        await page.goto('/account');
        const card = page.getByTestId('totp-card');
        await card.waitFor();
        assert.match(await page.getByTestId('totp-state').innerText(), /未开启/);
        await page.getByTestId('totp-enable').click();
        await page.getByTestId('totp-qr').locator('svg').waitFor();
        secret = (await page.getByTestId('totp-secret').innerText()).trim();
        assert.match(secret, /^[A-Z2-7]{32}$/);
        await card.scrollIntoViewIfNeeded();
        await settle(page);
        await shot(page, 'security-enrol-zh');
        confirmedAt = Math.floor(Date.now() / 1000);
        await page.getByTestId('totp-code').fill(totp(secret, confirmedAt));
        await page.getByTestId('totp-submit').click();
        const codes = page.getByTestId('recovery-codes');
        await codes.waitFor();
        recovery = (await codes.innerText()).split(/\s+/).filter(Boolean);
        assert.equal(recovery.length, 10);
        await assertGlyphs(page);
        await shot(page, 'security-recovery-codes-zh');
        await page.getByTestId('recovery-done').click();
        await page.getByText('已开启').first().waitFor();
        assert.match(await page.getByTestId('totp-recovery-left').innerText(), /10/);
        assertNoPageErrors(page);
      } finally {
        await page.context().close();
      }

      // On a phone: the password leads to the second step; the next time step's code signs in.
      const phone = await newPage(ctx, { locale: 'zh-CN', width: 390, height: 844 });
      try {
        await login(phone, username, pw);
        await phone.getByTestId('login-second-step').waitFor();
        assert.match(await phone.getByTestId('login-second-step').innerText(), /身份验证器/);
        await settle(phone);
        await assertGlyphs(phone);
        await shot(phone, 'security-second-step-phone-zh');
        // The code that turned it on belongs to a used time step: refused.
        await phone.getByTestId('totp-code').fill(totp(secret, confirmedAt));
        await phone.getByTestId('totp-submit').click();
        await phone.getByTestId('login-error').waitFor();
        assert.match(await phone.getByTestId('login-error').innerText(), /已使用/);
        await phone.getByTestId('totp-code').fill(totp(secret, confirmedAt + 30));
        await phone.getByTestId('totp-submit').click();
        await phone.waitForURL((u) => !u.pathname.startsWith('/login'));
        assertNoPageErrors(phone);
      } finally {
        await phone.context().close();
      }

      const again = await newPage(ctx, { locale: 'zh-CN', width: 390, height: 844 });
      try {
        await login(again, username, pw);
        await again.getByTestId('login-second-step').waitFor();
        await again.getByTestId('toggle-recovery').click();
        await again.getByTestId('recovery-code').fill(recovery[0]);
        await settle(again);
        await shot(again, 'security-recovery-phone-zh');
        await again.getByTestId('recovery-submit').click();
        await again.waitForURL((u) => !u.pathname.startsWith('/login'));
        assertNoPageErrors(again);
      } finally {
        await again.context().close();
      }
    });
  });
}

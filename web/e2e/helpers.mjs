import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SCREENSHOTS = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'build', 'screenshots');
mkdirSync(SCREENSHOTS, { recursive: true });

export const password = (username) => `colo-demo-${username}`;

/** A fresh browser context (no cookies, empty localStorage) in the given browser language. */
export async function newPage(ctx, { locale = 'zh-CN', width = 1440, height = 900 } = {}) {
  const context = await ctx.browser.newContext({ baseURL: ctx.url, locale, viewport: { width, height }, deviceScaleFactor: 1 });
  context.setDefaultTimeout(20_000);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error' && !/Failed to load resource/.test(m.text())) errors.push(m.text());
  });
  page.errors = errors;
  return page;
}

export async function login(page, username, pw = password(username)) {
  await page.goto('/login');
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(pw);
  await page.getByTestId('login-submit').click();
}

/** Waits until the network is quiet and no skeleton or spinner is left. */
export async function settle(page) {
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() => !document.querySelector('.ant-skeleton, .ant-spin-spinning, .ant-table-placeholder .ant-spin'), null, { timeout: 20_000 });
  await page.waitForTimeout(300); // charts animate in
}

/**
 * Fails when a CJK character on the page has no glyph in any installed font: each distinct
 * character is drawn in the page's font and compared with an unassigned code point, which every
 * browser draws as the missing-glyph box.
 */
export async function assertGlyphs(page) {
  const missing = await page.evaluate(() => {
    const text = document.body.innerText;
    const chars = [...new Set(text.match(/[\u3000-\u9fff\uff00-\uffef]/gu) || [])];
    const font = `16px ${getComputedStyle(document.body).fontFamily}`;
    const canvas = document.createElement('canvas');
    canvas.width = 32;
    canvas.height = 32;
    const g = canvas.getContext('2d', { willReadFrequently: true });
    const draw = (c) => {
      g.clearRect(0, 0, 32, 32);
      g.font = font;
      g.fillStyle = '#000';
      g.fillText(c, 4, 22);
      return g.getImageData(0, 0, 32, 32).data.join(',');
    };
    const tofu = draw('\u0378');
    return chars.filter((c) => draw(c) === tofu);
  });
  assert.deepEqual(missing, [], `characters drawn without a glyph (install fonts-noto-cjk): ${missing.join('')}`);
}

/** A screenshot of the whole page, as a screen tall enough to show it all would (sticky sider included). */
export async function shot(page, name) {
  await settle(page);
  await assertGlyphs(page);
  const size = page.viewportSize();
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  if (height > size.height) {
    await page.setViewportSize({ width: size.width, height: Math.min(height, 4000) });
    await page.waitForTimeout(300);
  }
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
  await page.setViewportSize(size);
}

/** Calls the API as a user (own cookie jar), for facts the UI tests need. */
export async function apiAs(ctx, username) {
  const res = await fetch(`${ctx.url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password: password(username) }),
  });
  assert.equal(res.status, 200, `login ${username}: ${res.status}`);
  const cookie = res.headers.get('set-cookie').split(';')[0];
  const { csrf_token } = await res.json();
  return async (path, init = {}) => {
    const r = await fetch(`${ctx.url}${path}`, {
      ...init,
      headers: { Cookie: cookie, 'X-CSRF-Token': csrf_token, 'Content-Type': 'application/json', ...(init.headers ?? {}) },
    });
    const text = await r.text();
    return { status: r.status, body: text ? JSON.parse(text) : null };
  };
}

export function assertNoPageErrors(page) {
  const real = page.errors.filter((e) => !/ResizeObserver loop/.test(e));
  assert.deepEqual(real, [], `errors in the page:\n${real.join('\n')}`);
}

/** Client-side navigation (no reload): what clicking a link does, without reloading the bundle. */
export async function nav(page, path) {
  await page.evaluate((p) => {
    window.history.pushState({}, '', p);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, path);
}

/** The portal's top-menu group of each entry (web/src/layout/portalMenu.tsx). */
export const PORTAL_GROUP_OF = {
  racks: 'site', devices: 'site', facility: 'site',
  ipAddresses: 'network', usage: 'network', alerts: 'network',
  customers: 'business', applications: 'business', contracts: 'business',
  tickets: 'service', serviceLevels: 'service',
  billingInvoices: 'billing', statement: 'billing', payments: 'billing', catalogue: 'billing',
  priceChanges: 'billing', penalties: 'billing', reminders: 'billing', suspensions: 'billing',
  vulnFindings: 'security', vulnScans: 'security', vulnConsents: 'security',
  firewallRequests: 'security', firewallRules: 'security', configs: 'network', myConfidentiality: 'business',
  backupPlans: 'service', backupRuns: 'service', backupRestores: 'service',
};

/**
 * Clicks a portal menu entry: in the top menu its group's submenu is opened first (hovered, as a
 * mouse does); in the phone's drawer (`scope`) its group is expanded unless it already is.
 */
export async function clickPortalEntry(page, entry, scope = page) {
  const group = PORTAL_GROUP_OF[entry];
  const link = scope.getByTestId(`nav-${entry}`);
  if (group && !(await link.isVisible())) {
    const title = scope.getByTestId(`nav-group-${group}`);
    if (scope === page) await title.hover();
    else await title.click();
    await link.waitFor({ state: 'visible' });
  }
  await link.click();
}

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { login, newPage } from './helpers.mjs';

export default function language(ctx) {
  describe('languages', () => {
    it('follows the browser language on first visit', async () => {
      const zh = await newPage(ctx, { locale: 'zh-CN' });
      const en = await newPage(ctx, { locale: 'en-US' });
      try {
        await zh.goto('/login');
        await en.goto('/login');
        assert.match(await zh.getByTestId('login-submit').innerText(), /登\s*录/);
        assert.match(await en.getByTestId('login-submit').innerText(), /Sign in/);
      } finally {
        await zh.context().close();
        await en.context().close();
      }
    });

    it('the switch changes the labels, the antd locale and the API language, and is remembered', async () => {
      const page = await newPage(ctx, { locale: 'en-US' });
      try {
        await login(page, 'admin');
        await page.getByTestId('dashboard').waitFor();
        const menu = page.getByTestId('side-menu');
        assert.match(await menu.innerText(), /Equipment ledger/);
        assert.match(await menu.innerText(), /Infrastructure/);
        assert.equal(await page.evaluate(() => document.documentElement.lang), 'en-US');

        const languages = [];
        page.on('request', (r) => r.url().includes('/api/v1/') && languages.push(r.headers()['accept-language']));
        await page.getByTestId('lang-switch').click();
        await page.getByTestId('lang-zh-CN').click();
        await page.waitForFunction(() => document.documentElement.lang === 'zh-CN');
        assert.match(await menu.innerText(), /设备台账/);
        assert.match(await menu.innerText(), /基础设施/);
        assert.doesNotMatch(await menu.innerText(), /Equipment ledger/);

        // Tables and pagination (antd's own texts) follow, and API calls ask for Chinese.
        await page.getByTestId('nav-devices').click();
        await page.getByTestId('devices-table').locator('.ant-pagination').waitFor();
        assert.match(await page.getByTestId('devices-table').innerText(), /条\/页|共 \d+ 条/);
        assert.ok(languages.length > 0 && languages.every((l) => l === 'zh-CN'), `Accept-Language: ${languages}`);

        // Remembered after a reload.
        await page.reload();
        await page.getByTestId('devices-table').locator('.ant-pagination').waitFor();
        assert.match(await page.getByTestId('side-menu').innerText(), /设备台账/);

        // And back.
        await page.getByTestId('lang-switch').click();
        await page.getByTestId('lang-en-US').click();
        await page.waitForFunction(() => document.documentElement.lang === 'en-US');
        assert.match(await page.getByTestId('side-menu').innerText(), /Equipment ledger/);
      } finally {
        await page.context().close();
      }
    });
  });
}

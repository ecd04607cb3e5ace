// Device configuration backups in Chinese, against a real OpenSSH sshd on loopback playing a
// switch's CLI (started here as the test's user with a temporary host key): an operator backs a
// customer's switch up, a changed configuration gives version 2 and its diff (unified and side by
// side), a replaced host key is refused and shown until accepted; the customer sees its own
// switch's configuration with secrets masked. Desktop and phone width.
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { apiAs, assertNoPageErrors, login, newPage, settle, shot } from './helpers.mjs';

const V1 = 'hostname acme-core\n!\nenable secret 5 $1$mERr$hx5rVt7rPNoS4wqbXKX7m0\nsnmp-server community AcmeRO RO\n!\ninterface Vlan10\n description 办公网\n!\nend\n';
const V2 = 'hostname acme-core\n!\nenable secret 5 $1$mERr$hx5rVt7rPNoS4wqbXKX7m0\nsnmp-server community AcmeRO RO\n!\ninterface Vlan10\n description 办公网\n!\ninterface Vlan20\n description 访客网络\n ip address 10.20.0.1 255.255.255.0\n!\nend\n';

function freePort() {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

function accepts(port) {
  return new Promise((resolve) => {
    const c = connect(port, '127.0.0.1');
    c.on('connect', () => { c.destroy(); resolve(true); });
    c.on('error', () => resolve(false));
  });
}

// sshd as this user, answering every session with a script that prints the canned configuration.
class Sshd {
  constructor() {
    this.dir = mkdtempSync(join(tmpdir(), 'colo-e2e-sshd-'));
    for (const k of ['host_key', 'client_key']) execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', join(this.dir, k)]);
    copyFileSync(join(this.dir, 'client_key.pub'), join(this.dir, 'authorized_keys'));
    writeFileSync(join(this.dir, 'device.sh'), `#!/bin/sh\nwhile IFS= read -r line; do\n  case "$line" in\n    'show running-config') cat '${this.dir}/config.txt';;\n    exit) exit 0;;\n  esac\ndone\n`);
    chmodSync(join(this.dir, 'device.sh'), 0o755);
    this.user = userInfo().username;
  }
  get clientKey() { return readFileSync(join(this.dir, 'client_key'), 'utf8'); }
  setConfig(text) { writeFileSync(join(this.dir, 'config.txt'), text); }
  async start() {
    this.port ??= await freePort();
    writeFileSync(join(this.dir, 'sshd_config'), [`Port ${this.port}`, 'ListenAddress 127.0.0.1', `HostKey ${join(this.dir, 'host_key')}`, `PidFile ${join(this.dir, 'sshd.pid')}`, `AuthorizedKeysFile ${join(this.dir, 'authorized_keys')}`, 'PasswordAuthentication no', 'KbdInteractiveAuthentication no', 'UsePAM no', 'StrictModes no', 'PermitRootLogin yes', `ForceCommand ${join(this.dir, 'device.sh')}`, 'LogLevel ERROR', ''].join('\n'));
    if (process.getuid() === 0) execFileSync('mkdir', ['-p', '/run/sshd']);
    this.child = spawn('/usr/sbin/sshd', ['-D', '-e', '-f', join(this.dir, 'sshd_config')], { stdio: 'ignore' });
    for (let i = 0; i < 200 && !(await accepts(this.port)); i++) await new Promise((r) => setTimeout(r, 50));
  }
  async stop() {
    if (!this.child) return;
    const exited = new Promise((r) => this.child.once('exit', r));
    this.child.kill('SIGTERM');
    await exited;
    this.child = null;
  }
  async replaceHostKey() {
    await this.stop();
    rmSync(join(this.dir, 'host_key'));
    rmSync(join(this.dir, 'host_key.pub'));
    execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', join(this.dir, 'host_key')]);
    await this.start();
  }
  async close() {
    await this.stop();
    rmSync(this.dir, { recursive: true, force: true });
  }
}

async function checkPhone(page, name) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 1, `${name} overflows the phone screen by ${overflow}px`);
}

export default function configs(ctx) {
  describe('configuration backups', () => {
    const state = {};

    it('backs a customer switch up from a real sshd, twice, with a change between', async (t) => {
      if (!ctx.paths.has('/api/v1/configs/devices/{id}')) return t.skip('no configuration backups on this server');
      state.sshd = new Sshd();
      state.sshd.setConfig(V1);
      await state.sshd.start();
      const admin = await apiAs(ctx, 'admin');
      const customers = (await admin('/api/v1/customers?limit=100')).body.results;
      const acme = customers.find((c) => /艾克米|Acme/i.test(c.name));
      const types = (await admin('/api/v1/dcim/device-types?limit=1')).body.results;
      const sw = await admin('/api/v1/dcim/devices', {
        method: 'POST',
        body: JSON.stringify({ name: `acme-core-${Date.now() % 100000}`, device_type_id: types[0].id, customer_id: acme.id, role: 'switch', mgmt_address: '127.0.0.1' }),
      });
      assert.equal(sw.status, 201, JSON.stringify(sw.body));
      state.id = sw.body.id;
      const set = await admin(`/api/v1/configs/devices/${state.id}`, {
        method: 'PUT',
        body: JSON.stringify({ vendor: 'cisco_ios', port: state.sshd.port, username: state.sshd.user, private_key: state.sshd.clientKey, interval_s: 86400 }),
      });
      assert.equal(set.status, 200, JSON.stringify(set.body));
      const first = await admin(`/api/v1/configs/devices/${state.id}/fetch`, { method: 'POST', body: '{}' });
      assert.equal(first.body.result, 'ok', JSON.stringify(first.body));
      state.sshd.setConfig(V2);
      const second = await admin(`/api/v1/configs/devices/${state.id}/fetch`, { method: 'POST', body: '{}' });
      assert.equal(second.body.result, 'ok', JSON.stringify(second.body));
    });

    it('shows the devices, the versions and their diff to the operator', async (t) => {
      if (!state.id) return t.skip('not set up');
      for (const [suffix, size] of [['zh', {}], ['phone-zh', { width: 390, height: 844 }]]) {
        const page = await newPage(ctx, { locale: 'zh-CN', ...size });
        try {
          await login(page, 'admin');
          await page.getByTestId('console-layout').waitFor();
          await page.goto('/configs');
          await page.getByTestId(`config-device-${state.id}`).waitFor();
          assert.match(await page.getByTestId('config-devices-table').innerText(), /已存新版本/);
          await shot(page, `configs-list-${suffix}`);
          if (size.width) await checkPhone(page, 'configs list');
          await page.getByTestId(`config-device-${state.id}`).click();
          await page.getByTestId('config-versions-table').getByTestId('config-from-1').waitFor();
          await page.getByTestId('config-from-1').click();
          await page.getByTestId('config-to-2').click();
          await page.getByTestId('config-diff-unified').waitFor();
          const diff = await page.getByTestId('config-diff-unified').innerText();
          assert.match(diff, /\+ ip address 10\.20\.0\.1/);
          assert.match(diff, /访客网络/);
          assert.doesNotMatch(diff, /AcmeRO/);
          await shot(page, `configs-diff-${suffix}`);
          if (size.width) await checkPhone(page, 'configs diff');
          await page.getByText('左右对比').click();
          await page.getByTestId('config-diff-split').waitFor();
          await shot(page, `configs-diff-split-${suffix}`);
          if (size.width) await checkPhone(page, 'configs side by side');
          // The text masked, and in clear for the administrator who asks (audited).
          await page.getByTestId('config-view-2').click();
          await page.getByTestId('config-text').getByText('hostname acme-core').waitFor();
          assert.match(await page.getByTestId('config-text').innerText(), /community \*\*\*\*\*\* RO/);
          await page.getByTestId('config-reveal').click();
          await page.getByTestId('config-text').getByText('AcmeRO', { exact: false }).waitFor();
          await shot(page, `configs-version-${suffix}`);
          assertNoPageErrors(page);
        } finally {
          await page.context().close();
        }
      }
    });

    it('refuses a replaced host key and shows it until the operator accepts it', async (t) => {
      if (!state.id) return t.skip('not set up');
      await state.sshd.replaceHostKey();
      const admin = await apiAs(ctx, 'admin');
      const refused = await admin(`/api/v1/configs/devices/${state.id}/fetch`, { method: 'POST', body: '{}' });
      assert.equal(refused.body.failure, 'host_key_changed', JSON.stringify(refused.body));
      const device = (await admin(`/api/v1/configs/devices/${state.id}`)).body;
      assert.ok(device.host_key_pending);
      const page = await newPage(ctx, { locale: 'zh-CN' });
      try {
        await login(page, 'admin');
        await page.getByTestId('console-layout').waitFor();
        await page.goto(`/configs/${state.id}`);
        await page.getByTestId('config-host-key-alert').waitFor();
        assert.match(await page.getByTestId('config-host-key-alert').innerText(), /主机密钥已变化/);
        await shot(page, 'configs-host-key-zh');
        await page.getByTestId('config-accept-input').fill(device.host_key_pending);
        await page.getByTestId('config-accept').click();
        await page.getByRole('button', { name: '接受新密钥' }).last().click();
        await page.getByTestId('config-host-key-alert').waitFor({ state: 'detached' });
        assertNoPageErrors(page);
      } finally {
        await page.context().close();
      }
      const again = await admin(`/api/v1/configs/devices/${state.id}/fetch`, { method: 'POST', body: '{}' });
      assert.equal(again.body.result, 'unchanged', JSON.stringify(again.body));
    });

    it("shows the customer its own switch's configuration, masked", async (t) => {
      if (!state.id) return t.skip('not set up');
      for (const [suffix, size] of [['zh', {}], ['phone-zh', { width: 390, height: 844 }]]) {
        const page = await newPage(ctx, { locale: 'zh-CN', ...size });
        try {
          await login(page, 'acme.user');
          await page.getByTestId('portal-layout').waitFor();
          await page.goto('/configs');
          await page.getByTestId(`config-device-${state.id}`).click();
          await page.getByTestId('config-view-2').click();
          await page.getByTestId('config-text').getByText('hostname acme-core').waitFor();
          const text = await page.getByTestId('config-text').innerText();
          assert.doesNotMatch(text, /AcmeRO|mERr/);
          assert.equal(await page.getByTestId('config-reveal').count(), 0);
          await settle(page);
          await shot(page, `configs-portal-${suffix}`);
          if (size.width) await checkPhone(page, 'configs portal');
          assertNoPageErrors(page);
        } finally {
          await page.context().close();
        }
      }
      await state.sshd.close();
    });
  });
}

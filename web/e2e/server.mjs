// Starts the real `colo` binary for the browser tests: demo data, a fresh SQLite file in a
// temporary directory, a free port learnt from the log line "listening on http://host:port".
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export async function startServer({ binary, webRoot, timeoutMs = 120_000 }) {
  if (!binary) throw new Error('COLO_BINARY is not set (the absolute path of the colo binary)');
  if (!existsSync(binary)) throw new Error(`COLO_BINARY ${binary} does not exist; build the server first`);
  if (!existsSync(join(webRoot, 'index.html'))) throw new Error(`${webRoot}/index.html is missing; run npm run build first`);
  const dir = mkdtempSync(join(tmpdir(), 'colo-e2e-'));
  const env = {
    ...process.env,
    COLO_WEB_ROOT: resolve(webRoot),
    COLO_UPLOAD_DIR: join(dir, 'files'),
    COLO_LOG_LEVEL: process.env.COLO_LOG_LEVEL ?? 'info',
  };
  const child = spawn(binary, ['serve', '--demo', '--listen', '127.0.0.1:0', '--db', `sqlite://${join(dir, 'e2e.db')}`], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log = [];
  const url = await new Promise((resolvePort, reject) => {
    const timer = setTimeout(() => reject(new Error(`colo did not report its port within ${timeoutMs} ms:\n${log.join('')}`)), timeoutMs);
    const onData = (chunk) => {
      const text = chunk.toString();
      log.push(text);
      const m = log.join('').match(/listening on http:\/\/([^:\s]+):(\d+)/);
      if (m) {
        clearTimeout(timer);
        resolvePort(`http://${m[1]}:${m[2]}`);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`colo exited early (code ${code}, signal ${signal}):\n${log.join('')}`));
    });
  });
  child.removeAllListeners('exit');
  // Keep draining the pipes so the server never blocks on a full buffer; keep the tail for failures.
  const tail = [];
  const keep = (c) => {
    tail.push(c.toString());
    if (tail.length > 200) tail.shift();
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  return {
    url,
    dir,
    log: () => tail.join(''),
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
        await exited;
        clearTimeout(timer);
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

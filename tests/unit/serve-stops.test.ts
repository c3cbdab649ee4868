import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectDir } from '../site/helpers.ts';

const site = mkdtempSync(join(tmpdir(), 'kb-serve-stop-'));
writeFileSync(join(site, 'index.html'), '<!doctype html><title>Trang chủ</title>');

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** Start a server as a user does, and wait until it answers. */
async function start(command: string, args: string[]): Promise<{ child: ChildProcess; port: number }> {
  const port = await freePort();
  const child = spawn(command, args, { cwd: projectDir, env: { ...process.env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'pipe'] });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('[serve] http://') && resolve());
    child.on('exit', (code) => reject(new Error(`serve exited ${code} before it answered`)));
  });
  return { child, port };
}

const answers = (port: number) => fetch(`http://127.0.0.1:${port}/`).then(() => true, () => false);

/** Whether the port stops answering within five seconds. */
async function stopsAnswering(port: number): Promise<boolean> {
  for (let attempt = 0; attempt < 20; attempt++) {
    if (!(await answers(port))) return true;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return false;
}

// Each case starts npm and Node 22 (2–4 s on a loaded 2-core machine).
describe('npm run serve stops with its server', { timeout: 30_000 }, () => {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`when npm is sent ${signal}`, async () => {
      const { child, port } = await start('npm', ['run', 'serve', '--', '--dist', site]);
      expect(await answers(port)).toBe(true);
      child.kill(signal);
      expect(await stopsAnswering(port)).toBe(true);
    });
  }

  it('when the server itself is sent SIGTERM, with exit status 0', async () => {
    const { child, port } = await start(process.execPath, ['scripts/serve.ts', '--dist', site]);
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(await answers(port)).toBe(false);
  });
});

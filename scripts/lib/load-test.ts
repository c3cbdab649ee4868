import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import autocannon from 'autocannon';

export interface LoadResult {
  connections: number;
  seconds: number;
  requests: number;
  requestsPerSecond: number;
  latencyP99Ms: number;
  errors: number;
  timeouts: number;
  /** Responses other than 2xx and 304. */
  failures: number;
}

/**
 * `npm run serve` under load: the server started as the command starts it
 * (its own process, on `port`), then `connections` clients for `seconds`,
 * each asking in turn for the paths a reader's visit fetches (pages, open
 * data, the search index).
 */
export async function loadTest(projectDir: string, dist: string, paths: string[], options: { port: number; connections: number; seconds: number }): Promise<LoadResult> {
  const server = spawn(process.execPath, ['scripts/serve.ts', '--dist', dist], { cwd: projectDir, env: { ...process.env, PORT: String(options.port) }, stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    await new Promise<void>((ready, failed) => {
      server.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('[serve]') && ready());
      server.on('exit', (code) => failed(new Error(`npm run serve stopped (exit ${code})`)));
    });
    const result = await autocannon({
      url: `http://127.0.0.1:${options.port}`,
      connections: options.connections,
      duration: options.seconds,
      // As a browser asks: text comes gzipped.
      requests: paths.map((path) => ({ method: 'GET', path, headers: { 'accept-encoding': 'gzip' } })),
    });
    return {
      connections: options.connections,
      seconds: options.seconds,
      requests: result.requests.total,
      requestsPerSecond: result.requests.average,
      latencyP99Ms: result.latency.p99,
      errors: result.errors,
      timeouts: result.timeouts,
      failures: result.non2xx,
    };
  } finally {
    server.kill('SIGTERM');
    await sleep(100);
  }
}

import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readIdDecision } from '../../scripts/lib/id-decision.ts';

const lock = { 'can-tho-160-kh-ubnd': [{ id: 'ii-1-y1', text: 'Rà soát mạng lưới trường học.' }] };
const run = (script: string, args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [script, ...args], { encoding: 'utf8', env: { ...process.env, ...env } });

describe('commands that take a person’s word', () => {
  it('decide-id accepts only a published document, one of its published ids and a line number', () => {
    expect(readIdDecision(['can-tho-160-kh-ubnd', 'ii-1-y1', '5'], lock)).toEqual({ decision: { document: 'can-tho-160-kh-ubnd', id: 'ii-1-y1', line: 5 } });
    expect(readIdDecision(['../../etc/passwd', 'ii-1-y1', '5'], lock)).toEqual({ problem: expect.stringMatching(/^document "\.\.\/\.\.\/etc\/passwd" is not an id/u) });
    expect(readIdDecision(['can-tho-160-kh-ubnd', 'ii-1-y1"><b>', '5'], lock)).toEqual({ problem: expect.stringMatching(/^id "ii-1-y1"><b>" is not an id/u) });
    expect(readIdDecision(['constructor', 'ii-1-y1', '5'], lock)).toEqual({ problem: expect.stringMatching(/was never published/u) });
    expect(readIdDecision(['can-tho-160-kh-ubnd', 'ii-9', '5'], lock)).toEqual({ problem: expect.stringMatching(/"ii-9" is not an id can-tho-160-kh-ubnd published/u) });
    for (const line of ['0', '-3', '5.5', '5abc', '']) expect(readIdDecision(['can-tho-160-kh-ubnd', 'ii-1-y1', line], lock), line).toEqual({ problem: expect.stringMatching(/is not a line number/u) });
    expect(readIdDecision(['can-tho-160-kh-ubnd', 'ii-1-y1'], lock)).toEqual({ problem: expect.stringMatching(/expected three arguments, got 2/u) });
  });

  it('decide-id refuses bad arguments with a message and changes nothing, and records good ones', () => {
    const data = mkdtempSync(join(tmpdir(), 'decide-id-'));
    writeFileSync(join(data, 'id-lock.json'), JSON.stringify(lock));
    writeFileSync(join(data, 'id-decisions.json'), '[]\n');
    const refused = run('scripts/decide-id.ts', ['--data', data, '../../etc/passwd', 'ii-1-y1', '5']);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/^\[decide-id\] document "\.\.\/\.\.\/etc\/passwd" is not an id/u);
    expect(refused.stderr).not.toMatch(/ at /u);
    expect(readFileSync(join(data, 'id-decisions.json'), 'utf8')).toBe('[]\n');

    const recorded = run('scripts/decide-id.ts', ['--data', data, 'can-tho-160-kh-ubnd', 'ii-1-y1', '5']);
    expect(recorded.status).toBe(0);
    expect(JSON.parse(readFileSync(join(data, 'id-decisions.json'), 'utf8'))).toEqual([{ document: 'can-tho-160-kh-ubnd', id: 'ii-1-y1', line: 5 }]);
  });

  it('a build with SITE_URL holding quotes or markup stops before it starts, saying why', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'site-url-')), 'dist');
    const build = run('scripts/build.ts', ['--out', out], { SITE_URL: 'https://intranet.example/kb/"><script>alert(1)</script>' });
    expect(build.status).toBe(1);
    expect(build.stderr.trim()).toMatch(/^\[build\] SITE_URL=https:\/\/intranet\.example\/kb\/"><script>alert\(1\)<\/script> holds a password, a query, a fragment, a quote or markup/u);
    expect(build.stderr).not.toMatch(/TypeError| at /u);
    expect(existsSync(out)).toBe(false);
  });
});

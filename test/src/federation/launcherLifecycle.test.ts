import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPOSITORY_ROOT } from '@yrd/gateway/launcher/startFederation';
import { eventually } from '../harness/eventually.ts';
import { dataOf, graphql } from '../harness/graphqlClient.ts';
import { ephemeralEnvironment, startLauncher, tryCommands, untilUp, type LauncherRun } from '../harness/launcherProcess.ts';

const run = promisify(execFile);
/** How a command ended: exit code 0 and nothing said, or its exit code and what it wrote to stderr. */
const exitOf = (running: Promise<unknown>) =>
  running.then(
    () => ({ code: 0, stderr: '' }),
    (error: { code: number; stderr: string }) => ({ code: error.code, stderr: error.stderr }),
  );
const dirs: string[] = [];
const newDataDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'yrd-lifecycle-'));
  dirs.push(dir);
  return dir;
};
const runs: LauncherRun[] = [];
afterAll(() => {
  for (const launched of runs) launched.killGroup();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** The environment without YRD_DATA_DIR: a shell in which an operator pastes the banner's commands. */
function operatorShellEnvironment(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.YRD_DATA_DIR;
  return env;
}

describe('npm start under a process manager (YRD_DATA_DIR set)', () => {
  const dataDir = newDataDir();
  let launched: LauncherRun;
  let gatewayUrl: string;

  beforeAll(async () => {
    // The composition poll every second, so that a few seconds show what a day of it logs.
    launched = startLauncher('npm start', ephemeralEnvironment(dataDir, { YRD_SUBGRAPH_POLL_MS: '1000' }));
    runs.push(launched);
    await untilUp(launched);
    gatewayUrl = /^\s+gateway\s+(http:\/\/127\.0\.0\.1:\d+\/graphql)/m.exec(launched.output())?.[1] as string;
  }, 120_000);

  it("keeps the gateway's composition poll out of the info log: info lines are clients' requests", async () => {
    const from = launched.output().length;
    await new Promise((resolve) => setTimeout(resolve, 3_500));
    const requestLines = launched
      .output()
      .slice(from)
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as { level: number; msg: string; service: string })
      .filter((line) => line.msg === 'request' && line.level >= 30);
    // Three polls of five subgraphs have passed: fifteen lines before.
    expect(requestLines).toEqual([]);
  });

  it('prints a token command that signs with the data directory in use, and the query works as printed', async () => {
    const commands = tryCommands(launched.output());
    expect(commands).toContain(`TOKEN=$(YRD_DATA_DIR=${dataDir} npm run -s token -- citizen 310118198804123021)`);
    const { stdout } = await run('sh', ['-c', commands], { cwd: REPOSITORY_ROOT, env: operatorShellEnvironment() });
    const answer = JSON.parse(stdout) as { data?: { subject?: { kind: string; regions: { region: string }[] } }; errors?: unknown };
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.subject?.kind).toBe('PERSON');
  });

  it('refuses npm run seed while it runs, naming every service (with its pid), and the databases stay', async () => {
    const before = readdirSync(dataDir).filter((name) => name.endsWith('.sqlite'));
    const seeding = await exitOf(run('npm', ['run', '-s', 'seed', '--', '--people', '5', '--force'], { cwd: REPOSITORY_ROOT, env: { ...process.env, YRD_DATA_DIR: dataDir } }));
    expect(seeding.code).toBe(2);
    for (const service of ['launcher', 'shanghai', 'jiangsu', 'zhejiang', 'anhui']) expect(seeding.stderr).toMatch(new RegExp(`${service} \\(pid \\d+\\)`));
    expect(seeding.stderr).toContain('Stop npm start');
    expect(readdirSync(dataDir).filter((name) => name.endsWith('.sqlite'))).toEqual(before);
    const regions = dataOf(await graphql<{ subject: { regions: { region: string }[] } }>(gatewayUrl, '{ subject(id: "341602199203052464") { regions { region } } }'));
    expect(regions.subject.regions).toHaveLength(4);
  }, 60_000);

  it('stops every process, and exits, when npm is sent SIGTERM (npm passes it on to nobody)', async () => {
    // npm, the launcher (npm's own child: the script execs it) and the six services (and the services' esbuild helpers).
    expect(launched.groupProcesses().length).toBeGreaterThanOrEqual(8);
    expect(launched.groupProcesses().some((row) => /\bsh -c\b/.test(row))).toBe(false);
    launched.child.kill('SIGTERM');
    expect(await launched.groupGone(30_000)).toEqual([]);
    expect(launched.output()).toContain('Stopping …');
    // Their marks on the data directory went with them.
    expect(readdirSync(dataDir).filter((name) => name.endsWith('.pid'))).toEqual([]);
  }, 40_000);
});

describe('npm killed with SIGKILL (it can pass nothing on)', () => {
  it('leaves nothing running: the launcher sees its parent gone and stops every process', async () => {
    const dataDir = newDataDir();
    const launched = startLauncher('npm start', ephemeralEnvironment(dataDir));
    runs.push(launched);
    await untilUp(launched);
    launched.child.kill('SIGKILL');
    expect(await launched.groupGone(30_000)).toEqual([]);
    expect(launched.output()).toMatch(/Stopping … \(the process that started it, pid \d+, has ended\)/);
    expect(readdirSync(dataDir).filter((name) => name.endsWith('.pid'))).toEqual([]);
  }, 120_000);
});

describe('a second start on a data directory in use', () => {
  it('is refused before anything is compiled or started, naming who uses it; the first keeps its mark', async () => {
    const dataDir = newDataDir();
    const first = startLauncher('launcher', ephemeralEnvironment(dataDir));
    runs.push(first);
    await untilUp(first);
    const marks = readdirSync(dataDir).filter((name) => name.endsWith('.pid')).sort();
    expect(marks).toEqual(['anhui.pid', 'jiangsu.pid', 'launcher.pid', 'shanghai.pid', 'zhejiang.pid']);
    const second = startLauncher('npm start', ephemeralEnvironment(dataDir));
    runs.push(second);
    expect(await second.exited).toBe(1);
    expect(second.output()).toMatch(new RegExp(`npm start: the data directory ${dataDir} is in use by anhui \\(pid \\d+\\), jiangsu \\(pid \\d+\\), launcher \\(pid \\d+\\)`));
    expect(second.output()).not.toMatch(/Compil|Starting the YRD federation/);
    // A province started on its own beside them: refused in one line, their marks untouched.
    const alone = await exitOf(run(process.execPath, [join(REPOSITORY_ROOT, 'subgraphs', 'anhui', 'dist', 'main.js')], { cwd: REPOSITORY_ROOT, env: ephemeralEnvironment(dataDir) }));
    expect(alone.code).toBe(1);
    expect(alone.stderr).toMatch(new RegExp(`^anhui: failed to start: anhui: the data directory ${dataDir} is in use by another anhui \\(pid \\d+`));
    expect(readdirSync(dataDir).filter((name) => name.endsWith('.pid')).sort()).toEqual(marks);
    process.kill(first.child.pid as number, 'SIGTERM');
    expect(await first.groupGone(30_000)).toEqual([]);
  }, 120_000);
});

describe('the launcher told to stop while its processes still start', () => {
  it('leaves none of them running, the one still starting included', async () => {
    const launched = startLauncher('launcher', ephemeralEnvironment(newDataDir()));
    runs.push(launched);
    // The gateway starts last, once the hub and the provinces are up: stop it while it starts.
    const gatewayStarting = await eventually(
      () => launched.groupProcesses().some((row) => row.includes('gateway/dist/main.js')),
      (starting) => starting,
      90_000,
    );
    expect(gatewayStarting).toBe(true);
    expect(launched.output()).not.toContain('Ctrl-C stops all processes');
    process.kill(launched.child.pid as number, 'SIGTERM');
    expect(await launched.groupGone(20_000)).toEqual([]);
  }, 120_000);
});

describe('npm run token', () => {
  it('refuses, naming YRD_DATA_DIR and where it looked, when the gateway has made no development key there — and makes none', async () => {
    const dataDir = join(newDataDir(), 'not-the-gateways');
    const minted = await exitOf(run('npm', ['run', '-s', 'token', '--', 'citizen', '310118198804123021'], { cwd: REPOSITORY_ROOT, env: { ...process.env, YRD_DATA_DIR: dataDir } }));
    expect(minted.code).toBe(2);
    expect(minted.stderr).toContain(`no development identity key in ${join(dataDir, 'keys')} (YRD_DATA_DIR=${dataDir})`);
    expect(existsSync(dataDir)).toBe(false);
  }, 30_000);
});

describe('a mistyped command', () => {
  it('is refused in one line naming the mistake, with the usage, never a stack trace', async () => {
    const refusal = (args: string[]) =>
      exitOf(run('npm', ['run', '-s', ...args], { cwd: REPOSITORY_ROOT, env: { ...process.env, YRD_DATA_DIR: newDataDir() } }));
    const [seed, token, duration, compose, operator] = await Promise.all([
      refusal(['seed', '--', '--peple', '10']),
      refusal(['token', '--', 'citizen', '310118198804123021', '--expire-in', '1h']),
      refusal(['token', '--', 'citizen', '310118198804123021', '--expires-in', '15']),
      refusal(['compose', '--', '--out']),
      refusal(['token', '--', 'operator', '--region', 'JIANGSU']),
    ]);
    expect(operator.code).toBe(2);
    expect(operator.stderr).toMatch(/^npm run token: operator needs --division, --window, --operator\nusage: /);
    expect(seed).toEqual({ code: 2, stderr: "npm run seed: Unknown option '--peple'\nusage: npm run seed -- [--people N] [--enterprises N] [--seed S] [--force]\n" });
    expect(token.code).toBe(2);
    expect(token.stderr).toMatch(/^npm run token: Unknown option '--expire-in'\nusage: npm run token -- citizen <resident id> \|/);
    expect(duration.stderr).toMatch(/^npm run token: --expires-in must be a whole number with its unit, s, m, h or d \(15m, 8h, 1d\), got "15"\n/);
    expect(compose).toEqual({ code: 2, stderr: "npm run compose: Option '--out <value>' argument missing\nusage: npm run compose [-- --out <file>]\n" });
  }, 60_000);
});

describe('a wrong setting', () => {
  it("is refused by npm start before anything starts, in one line naming the variable — the gateway's too", async () => {
    const dataDir = join(newDataDir(), 'never-made');
    const launched = startLauncher('launcher', ephemeralEnvironment(dataDir, { PORT: '99999' }));
    runs.push(launched);
    expect(await launched.exited).toBe(1);
    expect(launched.output()).toBe('npm start: PORT must be a port number 0–65535, got "99999"\n');
    // Not a subgraph was started, nor a database seeded.
    expect(existsSync(dataDir)).toBe(false);
  }, 30_000);

  it('is refused by npm start before anything is compiled: it checks the settings first', async () => {
    const dataDir = join(newDataDir(), 'never-made');
    const launched = startLauncher('npm start', ephemeralEnvironment(dataDir, { YRD_SERVICES_FROM: 'dist' }));
    runs.push(launched);
    expect(await launched.exited).not.toBe(0);
    expect(launched.output()).toContain('npm start: YRD_SERVICES_FROM must be "compiled" (dist/main.js on Node) or "source" (src/main.ts under tsx), not "dist"\n');
    // One script, no pre-script an npm setting (ignore-scripts) could skip: it compiles and starts itself.
    expect(launched.output()).not.toMatch(/^> \S+ prestart$/m);
    expect(launched.output()).not.toMatch(/Compil|Starting the YRD federation/);
    expect(existsSync(dataDir)).toBe(false);
  }, 60_000);
});

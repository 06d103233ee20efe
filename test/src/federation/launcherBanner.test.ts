import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPOSITORY_ROOT } from '@yrd/gateway/launcher/startFederation';
import { freeLoopbackPort } from '../harness/freeLoopbackPort.ts';
import { ephemeralEnvironment, startLauncher, tryCommands, untilUp, type LauncherRun } from '../harness/launcherProcess.ts';

const run = promisify(execFile);
const dataDir = mkdtempSync(join(tmpdir(), 'yrd-banner-'));
let launched: LauncherRun;
let opsPort: number;

beforeAll(async () => {
  opsPort = await freeLoopbackPort();
  launched = startLauncher(
    'launcher',
    ephemeralEnvironment(dataDir, { YRD_GATEWAY_MODE: 'production', YRD_DEVELOPMENT_IDP: 'allow', YRD_OPS_PORT: String(opsPort) }),
  );
  await untilUp(launched);
}, 120_000);

afterAll(async () => {
  launched?.child.kill('SIGTERM');
  await launched?.groupGone(20_000);
  launched?.killGroup();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the start banner of a production gateway with an ops listener', () => {
  it('prints /ready on the ops listener, where it answers, not on the public port (404 there)', async () => {
    const gatewayLine = /^\s+gateway\s+(http:\/\/127\.0\.0\.1:\d+)\/graphql\s+\((.*)\)$/m.exec(launched.output());
    const [, publicOrigin, notes] = gatewayLine ?? [];
    expect(notes).toContain(`ready: http://127.0.0.1:${opsPort}/ready`);
    expect(notes).not.toContain(`${publicOrigin}/ready`);
    expect((await fetch(`http://127.0.0.1:${opsPort}/ready`)).status).toBe(200);
  });

  it('gives an example the safelist runs, with a token from the data directory in use, that works as printed', async () => {
    const env = { ...process.env };
    delete env.YRD_DATA_DIR;
    const { stdout } = await run('sh', ['-c', tryCommands(launched.output())], { cwd: REPOSITORY_ROOT, env });
    const answer = JSON.parse(stdout) as { data?: { me?: { subject?: { id: string } } }; errors?: { extensions?: { code?: string } }[] };
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.me?.subject?.id).toBe('310118198804123021');
  });
});

import { SeededRandom } from '@yrd/shared/fixtures/seededRandom';
import { bootFederation, type BootedFederation } from '../src/harness/bootFederation.ts';
import { tokenIssuer } from '../src/harness/userTokens.ts';
import { CaseLedger } from './caseLedger.ts';
import { CaseStoryDriver } from './caseStory.ts';
import { FaultWindow } from './faultWindow.ts';
import { publicRead } from './publicReads.ts';
import { RetryingCaller } from './retryingCaller.ts';
import { parseSoakOptions, USAGE, UsageError, type SoakOptions } from './soakOptions.ts';
import { soakReport } from './soakReport.ts';
import { castHeaders, pickStory, type StoryHeaders } from './soakStories.ts';
import { SoakStats } from './soakStats.ts';
import { auditStores } from './storeAudit.ts';

/**
 * `npm run soak`: a bounded load-and-fault run. Boots the real federation (loopback, ephemeral
 * ports, a temporary data directory), runs concurrent virtual clients through case stories and
 * public reads for a fixed time (or story count), restarts Jiangsu a third of the way in while
 * traffic continues, then checks every acknowledged case against the provinces' SQLite stores
 * before shutting down, prints a summary, and exits 0 only if nothing was lost, duplicated or
 * unexpectedly refused.
 */
const RESTARTED = { subgraphName: 'jiangsu', region: 'JIANGSU' } as const;
const READS_PER_STORY = 2;
const PROGRESS_EVERY_MS = 5_000;

let options: SoakOptions;
try {
  const parsed = parseSoakOptions(process.argv.slice(2));
  if (parsed === 'help') {
    process.stdout.write(`${USAGE}\n`);
    process.exit(0);
  }
  options = parsed;
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  process.stderr.write(`soak: ${error.message}\n\n${USAGE}\n`);
  process.exit(2);
}

const runId = Date.now().toString(36);
const began = performance.now();
let trafficStartedAt = Number.NaN;
const clock = () => (Number.isNaN(trafficStartedAt) ? `boot ${((performance.now() - began) / 1000).toFixed(1)} s` : `${((performance.now() - trafficStartedAt) / 1000).toFixed(1).padStart(6)} s`);
const log = (message: string) => process.stdout.write(`[${clock()}] ${message}\n`);

log(`soak ${runId}: ${options.clients} clients, ${options.seconds} s, at most ${options.maxStories} stories; booting the federation…`);
let federation: BootedFederation;
try {
  federation = await bootFederation();
} catch (error) {
  process.stderr.write(`soak: the federation did not start: ${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
}
const bootSeconds = (performance.now() - began) / 1000;
log(`federation up at ${federation.gatewayUrl} (data in ${federation.dataDir})`);

let shuttingDown = false;
const interrupt = (signal: NodeJS.Signals) => {
  if (shuttingDown) return;
  shuttingDown = true;
  log(`${signal}: stopping without a verdict; shutting the federation down…`);
  void federation.shutdown().finally(() => process.exit(130));
};
process.on('SIGINT', interrupt);
process.on('SIGTERM', interrupt);

/** The last output a federation process wrote (warnings, errors and unstructured lines only). */
function lastOutputOf(service: { recentOutput(): string } | undefined, lines = 2_000): string {
  const text = service?.recentOutput() ?? '';
  return text.split('\n').filter(isWorthShowing).slice(-lines).join('\n');
}

/** Warnings, errors and anything not a structured log line; not the access log of every request. */
function isWorthShowing(line: string): boolean {
  try {
    const entry = JSON.parse(line) as { level?: unknown };
    return typeof entry.level !== 'number' || entry.level >= 40;
  } catch {
    return line.trim().length > 0;
  }
}

/** Processes that exit while the soak runs, other than the one it restarts while restarting it. */
const unexpectedExits: string[] = [];
const fault = new FaultWindow(RESTARTED.subgraphName, RESTARTED.region, options.graceSeconds * 1000);
let restarting = false;
const watched = new WeakSet<object>();
const watchProcesses = () => {
  for (const [name, service] of federation.processes) {
    if (watched.has(service.child)) continue;
    watched.add(service.child);
    service.child.once('exit', (code, signal) => {
      if (shuttingDown || (name === RESTARTED.subgraphName && restarting)) return;
      const what = `${name} exited (${signal ?? `code ${code}`}) during the soak; its last output:\n${lastOutputOf(service, 30)}`;
      unexpectedExits.push(what);
      log(`!! ${name} exited (${signal ?? `code ${code}`})`);
    });
  }
};

let exitCode = 1;
try {
  const tokens = await tokenIssuer(federation.dataDir);
  const headers = await castHeaders(tokens, `${options.seconds + 1800}s`);
  const stats = new SoakStats();
  const caller = new RetryingCaller(federation.gatewayUrl, stats);
  const ledger = new CaseLedger(`soak-${runId}-`);
  watchProcesses();

  trafficStartedAt = performance.now();
  const deadline = trafficStartedAt + options.seconds * 1000;
  const trafficOn = () => !shuttingDown && performance.now() < deadline && stats.storiesStarted < options.maxStories;
  log(`traffic starts; ${RESTARTED.subgraphName} restarts at about ${(options.seconds / 3).toFixed(1)} s`);

  const runClient = async (index: number) => {
    const random = new SeededRandom(7919 * (index + 1));
    const next = () => random.next();
    const driver = new CaseStoryDriver(caller, ledger, stats, index);
    while (trafficOn()) {
      stats.storiesStarted++;
      const story = pickStory(next);
      try {
        await driver.run(story, headers.get(story) as StoryHeaders);
      } catch (error) {
        stats.problem('CLIENT_FAILURE', story.name, (error as Error).stack ?? String(error));
      }
      for (let read = 0; read < READS_PER_STORY && trafficOn(); read++) await publicRead(caller, next);
    }
  };

  let trafficDone = false;
  let wakeRestart = () => {};
  const clients = Promise.all(Array.from({ length: options.clients }, (_, index) => runClient(index))).finally(() => {
    trafficDone = true;
    wakeRestart();
  });

  let faultNote: string | null = null;
  const restart = (async () => {
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, (options.seconds * 1000) / 3);
      wakeRestart = () => {
        clearTimeout(timer);
        resolve();
      };
    });
    if (trafficDone) {
      faultNote = 'traffic ended before a third of the planned time';
      return;
    }
    // kill -9, not a graceful stop: writes in flight may be committed with their answer lost,
    // which is what the idempotent retries and the store audit are there to catch.
    log(`killing ${RESTARTED.subgraphName} (SIGKILL) and starting it again while traffic continues…`);
    restarting = true;
    fault.begin();
    try {
      await federation.restartSubgraph(RESTARTED.subgraphName, 'SIGKILL');
      fault.end();
      log(`${RESTARTED.subgraphName} is back (${(((fault.endedAt ?? 0) - (fault.startedAt ?? 0)) / 1000).toFixed(1)} s)`);
    } catch (error) {
      faultNote = `restart failed: ${(error as Error).message}`;
      log(`!! ${faultNote}`);
    } finally {
      restarting = false;
      watchProcesses();
    }
  })();

  const progress = setInterval(() => {
    const seconds = (performance.now() - trafficStartedAt) / 1000;
    log(`${stats.storiesStarted} stories started, ${stats.storiesCompleted} completed, ${stats.abandoned.length} abandoned; ${stats.requests} requests (${(stats.requests / seconds).toFixed(0)}/s), ${stats.errors.length} errors`);
  }, PROGRESS_EVERY_MS);
  await clients;
  const trafficEndedAt = performance.now();
  clearInterval(progress);
  await restart;
  // Interrupted: the signal handler is shutting everything down and will exit; no verdict.
  if (shuttingDown) await new Promise<never>(() => {});
  log(`traffic over; checking the stores against ${ledger.opens.size} open keys and ${ledger.submissions.length} acknowledged submissions…`);

  const deadProcesses = [
    ...unexpectedExits,
    ...[...federation.processes]
      .filter(([, service]) => service.child.exitCode !== null || service.child.signalCode !== null)
      .filter(([name]) => !unexpectedExits.some((exit) => exit.startsWith(`${name} exited`)))
      .map(([name, service]) => `${name} is not running at the end; its last output:\n${lastOutputOf(service, 30)}`),
  ];
  const audit = auditStores(federation.dataDir, ledger);
  const verdict = soakReport({ options, runId, bootSeconds, trafficStartedAt, trafficEndedAt, fault, faultNote, deadProcesses, stats, audit });
  for (const text of verdict.lines) process.stdout.write(`${text}\n`);
  if (!verdict.passed) {
    for (const name of ['gateway', RESTARTED.subgraphName]) {
      const tail = lastOutputOf(federation.processes.get(name), 10).split('\n').join('\n  ');
      if (tail) process.stdout.write(`\nlast warnings and errors of ${name}:\n  ${tail}\n`);
    }
  }
  exitCode = verdict.passed ? 0 : 1;
} catch (error) {
  process.stderr.write(`soak: failed: ${(error as Error).stack ?? String(error)}\n`);
} finally {
  if (!shuttingDown) {
    shuttingDown = true;
    log('shutting down the federation…');
    await federation.shutdown();
  }
}
process.exit(exitCode);

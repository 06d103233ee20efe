/**
 * The soak's command line: how many virtual clients, for how long, at most how many case
 * stories, and how long after a restart errors naming the restarted province still count as
 * expected. Whole numbers in sane ranges only; anything else prints the usage.
 */
export interface SoakOptions {
  readonly clients: number;
  readonly seconds: number;
  readonly maxStories: number;
  readonly graceSeconds: number;
}

interface Flag {
  readonly key: keyof SoakOptions;
  readonly min: number;
  readonly max: number;
  readonly fallback: number;
  readonly help: string;
}

const FLAGS: Readonly<Record<string, Flag>> = {
  '--clients': { key: 'clients', min: 1, max: 256, fallback: 16, help: 'concurrent virtual clients (windows and phones)' },
  '--seconds': { key: 'seconds', min: 5, max: 3600, fallback: 45, help: 'how long traffic runs' },
  '--max-stories': { key: 'maxStories', min: 1, max: 1_000_000, fallback: 2000, help: 'stop after this many case stories have started' },
  '--grace-seconds': { key: 'graceSeconds', min: 0, max: 120, fallback: 5, help: 'after the restart, how long errors naming the restarted province are still expected' },
};

export const USAGE = [
  'usage: npm run soak -- [--clients N] [--seconds N] [--max-stories N] [--grace-seconds N]',
  '',
  ...Object.entries(FLAGS).map(([name, flag]) => `  ${name.padEnd(16)} ${flag.help} (${flag.min}–${flag.max}, default ${flag.fallback})`),
  '',
  'Boots the federation on loopback, runs case stories and public reads through the gateway,',
  'restarts Jiangsu a third of the way in, then checks every acknowledged case in the stores.',
  'Exit code 0 only when every acknowledged case is stored exactly once and no error was unexpected.',
].join('\n');

export class UsageError extends Error {}

/** Parses `--flag N` and `--flag=N`; throws UsageError with the reason. */
export function parseSoakOptions(argv: readonly string[]): SoakOptions | 'help' {
  const values: Record<string, number> = {};
  for (let i = 0; i < argv.length; i++) {
    const argument = argv[i] as string;
    if (argument === '--help' || argument === '-h') return 'help';
    const [name, inline] = argument.includes('=') ? [argument.slice(0, argument.indexOf('=')), argument.slice(argument.indexOf('=') + 1)] : [argument, undefined];
    const flag = FLAGS[name];
    if (!flag) throw new UsageError(`unknown argument "${argument}"`);
    const raw = inline ?? argv[++i];
    if (raw === undefined) throw new UsageError(`${name} needs a value`);
    if (!/^\d+$/.test(raw)) throw new UsageError(`${name} must be a whole number, got "${raw}"`);
    const value = Number(raw);
    if (!Number.isSafeInteger(value) || value < flag.min || value > flag.max) throw new UsageError(`${name} must be between ${flag.min} and ${flag.max}, got ${raw}`);
    if (flag.key in values) throw new UsageError(`${name} given twice`);
    values[flag.key] = value;
  }
  const option = (flag: Flag) => values[flag.key] ?? flag.fallback;
  return {
    clients: option(FLAGS['--clients'] as Flag),
    seconds: option(FLAGS['--seconds'] as Flag),
    maxStories: option(FLAGS['--max-stories'] as Flag),
    graceSeconds: option(FLAGS['--grace-seconds'] as Flag),
  };
}

import { readFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';

/**
 * What Linux says about processes and the machine (/proc): CPU time a process has used, its peak
 * resident memory, and how busy the whole machine was — so a benchmark can say where the CPU went
 * during a run (per process, and how much went to processes that are not part of it).
 */
const TICKS_PER_SECOND = 100; // USER_HZ: 100 on every Linux this runs on (getconf CLK_TCK).

/** User + system CPU milliseconds a process has used so far; undefined when it is gone. */
export function processCpuMs(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces) start after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const utime = Number(fields[11]);
    const stime = Number(fields[12]);
    return ((utime + stime) * 1000) / TICKS_PER_SECOND;
  } catch {
    return undefined;
  }
}

/** A memory line of /proc/<pid>/status in megabytes (VmHWM: peak resident set; VmRSS: now). */
export function processMemoryMb(pid: number, field: 'VmHWM' | 'VmRSS'): number | undefined {
  try {
    const line = readFileSync(`/proc/${pid}/status`, 'utf8')
      .split('\n')
      .find((candidate) => candidate.startsWith(`${field}:`));
    const kb = Number(/(\d+)\s*kB/.exec(line ?? '')?.[1]);
    return Number.isFinite(kb) ? kb / 1024 : undefined;
  } catch {
    return undefined;
  }
}

/** Busy and total CPU milliseconds of the whole machine so far (all cores, /proc/stat). */
export function machineCpuMs(): { busy: number; total: number } {
  const line = readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '';
  const [user, nice, system, idle, iowait, irq, softirq, steal] = line.trim().split(/\s+/).slice(1).map(Number) as number[];
  const busy = (user ?? 0) + (nice ?? 0) + (system ?? 0) + (irq ?? 0) + (softirq ?? 0) + (steal ?? 0);
  return { busy: (busy * 1000) / TICKS_PER_SECOND, total: ((busy + (idle ?? 0) + (iowait ?? 0)) * 1000) / TICKS_PER_SECOND };
}

export interface MachineDescription {
  readonly cpuModel: string;
  readonly cores: number;
  readonly memoryGb: number;
  readonly node: string;
  readonly loadAverage: readonly number[];
}

export function describeMachine(): MachineDescription {
  const all = cpus();
  let model = all[0]?.model ?? 'unknown';
  try {
    // os.cpus() may report only the vendor in a VM; lscpu's source has the full name when there is one.
    const named = /model name\s*:\s*(.+)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1]?.trim();
    if (named && named.length > model.length) model = named;
  } catch {
    // not Linux: keep os.cpus()'s model
  }
  return { cpuModel: model, cores: all.length, memoryGb: totalmem() / 1024 ** 3, node: process.version, loadAverage: loadavg() };
}

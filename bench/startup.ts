/**
 * Measures how fast the built siro-token starts: `--version` and `--help` as
 * plain processes, and the guided flow in demo mode in a pseudo-terminal up to
 * its first screen, with the peak resident memory of that process.
 * Run with `npm run build && npx tsx bench/startup.ts [runs]`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

import { CLI_PATH, TerminalSession } from '../test/support/terminal-session.js';

const runs = Number(process.argv[2] ?? 10);
if (!Number.isInteger(runs) || runs < 1) {
  console.error('Usage: npx tsx bench/startup.ts [runs], a positive integer.');
  process.exit(2);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function timeCommand(args: string[]): number[] {
  const durations: number[] = [];

  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    const result = spawnSync(process.execPath, [CLI_PATH, ...args], { stdio: 'ignore' });
    durations.push(performance.now() - started);

    if (result.status !== 0) {
      throw new Error(`siro-token ${args.join(' ')} exited with ${String(result.status)}`);
    }
  }

  return durations;
}

/** Peak resident memory of a running process, from /proc (Linux only). */
function peakResidentKilobytes(pid: number): number | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = /VmHWM:\s+(\d+) kB/.exec(status);
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

async function timeFirstScreen(): Promise<{ durations: number[]; peakKilobytes: number[] }> {
  const durations: number[] = [];
  const peakKilobytes: number[] = [];
  const home = mkdtempSync(join(tmpdir(), 'siro-token-bench-'));

  try {
    for (let run = 0; run < runs; run += 1) {
      const started = performance.now();
      const session = new TerminalSession({
        args: ['--demo'],
        cwd: home,
        // No D-Bus address: the keychain call fails at once as unreachable,
        // so the figure does not depend on a keyring daemon.
        env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: home, TERM: 'xterm-256color', LANG: 'C.UTF-8' },
      });

      await session.waitFor('Org-group token', 30_000);
      durations.push(performance.now() - started);

      const peak = peakResidentKilobytes(session.pid);
      if (peak !== null) {
        peakKilobytes.push(peak);
      }

      session.type('\u0003');
      await session.waitForExit();
    }
  } finally {
    rmSync(home, { recursive: true, force: true });
  }

  return { durations, peakKilobytes };
}

const version = timeCommand(['--version']);
const help = timeCommand(['--help']);
const firstScreen = await timeFirstScreen();

console.log(`Node ${process.version}, ${runs} runs each, median (min–max):`);
for (const [label, values] of [
  ['siro-token --version', version],
  ['siro-token --help', help],
  ['guided flow, demo, to first screen', firstScreen.durations],
] as const) {
  console.log(`  ${label.padEnd(36)} ${median(values).toFixed(0)} ms (${Math.min(...values).toFixed(0)}–${Math.max(...values).toFixed(0)} ms)`);
}

if (firstScreen.peakKilobytes.length > 0) {
  console.log(`  ${'peak RSS at first screen'.padEnd(36)} ${(median(firstScreen.peakKilobytes) / 1024).toFixed(1)} MB`);
}

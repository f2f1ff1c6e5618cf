/**
 * Measures the organization picker of the built siro-token with a large
 * organization list, in a pseudo-terminal against the local Siro-compatible
 * server: time to the first rows, time until every page has loaded, and the
 * time from a key press to the redrawn screen for a filter key and an arrow key.
 * Run with `npm run build && npx tsx bench/picker.ts [organizations]`.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

import { startSiroServer } from '../src/demo/siro-server.js';
import { generateOrganizations } from '../src/demo/sample-organizations.js';
import { TerminalSession } from '../test/support/terminal-session.js';

const organizationCount = Number(process.argv[2] ?? 5000);
if (!Number.isInteger(organizationCount) || organizationCount < 2) {
  console.error('Usage: npx tsx bench/picker.ts [organizations], an integer of at least 2.');
  process.exit(2);
}

const token = `siro_bench_orggroup_${randomBytes(12).toString('hex')}`;
const server = await startSiroServer({
  organizations: generateOrganizations(organizationCount),
  pageSize: 100,
  orgGroupTokens: [token],
});
const home = mkdtempSync(join(tmpdir(), 'siro-token-bench-'));

/** Returns the milliseconds from `started` until the screen matches `text`. */
async function millisecondsUntil(session: TerminalSession, text: string | RegExp, started: number): Promise<number> {
  await session.waitFor(text, 120_000);
  return performance.now() - started;
}

try {
  const started = performance.now();
  const session = new TerminalSession({
    args: ['--api-url', server.url],
    cwd: home,
    // The token comes from the environment, so no keyring is needed.
    env: {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: home,
      TERM: 'xterm-256color',
      LANG: 'C.UTF-8',
      SIRO_ORG_GROUP_TOKEN: token,
    },
  });

  const firstRows = await millisecondsUntil(session, 'Organization 1 ', started);
  const countPattern = new RegExp(`(${organizationCount}|${organizationCount.toLocaleString('en-US')}) organizations`);
  const allLoaded = await millisecondsUntil(session, countPattern, started);

  // A filter that matches exactly one organization, typed as one key press.
  const lastName = `Organization ${organizationCount}`;
  let pressed = performance.now();
  session.type(String(organizationCount));
  const filterKey = await millisecondsUntil(session, new RegExp(`${lastName}\\s`), pressed);

  session.type('\u001b');
  await session.waitFor(/Organization 1\s/);
  pressed = performance.now();
  session.type('\u001b[B');
  // Names sort in natural order, so the second row is Organization 2.
  const arrowKey = await millisecondsUntil(session, /›\s*Organization 2\s/, pressed);

  session.type('\u0003');
  await session.waitForExit();

  console.log(`Node ${process.version}, ${organizationCount} organizations in pages of 100:`);
  console.log(`  first rows on screen      ${firstRows.toFixed(0)} ms after launch`);
  console.log(`  every page loaded         ${allLoaded.toFixed(0)} ms after launch`);
  console.log(`  filter key to new screen  ${filterKey.toFixed(0)} ms`);
  console.log(`  arrow key to new screen   ${arrowKey.toFixed(0)} ms`);
} finally {
  await server.close();
  rmSync(home, { recursive: true, force: true });
}

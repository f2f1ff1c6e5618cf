import assert from 'node:assert/strict';
import { afterEach, describe, test } from 'node:test';

import type { Organization } from '../../src/api/types.js';
import { ExitCode } from '../../src/exit-codes.js';
import {
  deferred,
  fakeSecret,
  httpError,
  longKeychainUnavailable,
  malformedError,
  organization,
  repeatedCursorError,
  timeoutError,
  yieldPages,
} from '../support/fake-services.js';
import { keys } from '../support/keys.js';
import { assertFramesFit, cleanup, flatten, lineCount, renderFlow, type RenderedFlow } from '../support/render.js';

afterEach(cleanup);

const ORGANIZATIONS_CALL = 'GET /v1/core/organizations';

function manyOrganizations(count: number): Organization[] {
  return Array.from({ length: count }, (_, index) =>
    organization(`org-${String(index).padStart(4, '0')}`, `Company ${String(index).padStart(4, '0')}`),
  );
}

function renderWithPages(pages: () => AsyncGenerator<Organization[], void, undefined>, size: { columns?: number; rows?: number } = {}): RenderedFlow {
  return renderFlow({ storedToken: fakeSecret('stored'), ...size }, ({ siro }) => {
    siro.organizationPages = pages;
  });
}

/** Returns the organization rows of a frame: lines starting with the selection marker or its two-space gap. */
function rows(frame: string): string[] {
  return frame.split('\n').filter((line) => /^(› | {2})\S/.test(line));
}

function selectedRow(frame: string): string | undefined {
  return frame.split('\n').find((line) => line.startsWith('› '));
}

describe('organization picker loading', () => {
  test('first page shown while more load', async () => {
    const secondPage = deferred<void>();
    const app = renderWithPages(async function* () {
      yield [organization('org-b', 'Bravo'), organization('org-a', 'Alpha')];
      await secondPage.promise;
      yield [organization('org-c', 'Charlie')];
    });

    const loading = await app.waitFor('Loaded 2 organizations, loading more…');
    assert.deepEqual(rows(loading).map((row) => row.slice(2)), ['Alpha  org-a', 'Bravo  org-b']);

    secondPage.resolve();
    const done = await app.waitFor('3 organizations');
    assert.equal(rows(done).length, 3);
    assert.doesNotMatch(done, /loading more/);
  });

  test('sorted by name, nameless by id', async () => {
    const app = renderWithPages(() =>
      yieldPages([
        [organization('org-z', 'zeta'), organization('org-e', 'Émile'), organization('org-m', null)],
        [organization('org-a', 'alpha'), organization('org-b', '')],
      ]),
    );

    const frame = await app.waitFor('5 organizations');
    const names = rows(frame).map((row) => row.slice(2).split(/\s{2,}/)[0]);

    assert.deepEqual(names, ['alpha', 'Émile', 'org-b (no name)', 'org-m (no name)', 'zeta']);
  });

  test('nameless organization shows id once', async () => {
    const app = renderWithPages(() => yieldPages([[organization('21854d571e37ce928613', null), organization('org-a', '  ')]]));

    const frame = await app.waitFor('2 organizations');

    assert.deepEqual(rows(frame), ['› 21854d571e37ce928613 (no name)', '  org-a (no name)']);
  });

  test('escape sequences in names rendered clean', async () => {
    const app = renderWithPages(() =>
      yieldPages([[organization('org-x', 'Evil\u001b[2J\u001b]0;pwned\u0007 Corp\u001b[31m')]]),
    );

    const frame = await app.waitFor('1 organization');
    const raw = app.stdout.writes.at(-1) ?? '';

    assert.match(frame, /Evil Corp {2}org-x/);
    assert.doesNotMatch(raw, /\u001b\[2J/);
    assert.doesNotMatch(raw, /pwned/);
  });

  test('empty org group says so', async () => {
    const app = renderWithPages(() => yieldPages([[]]));

    await app.waitFor('This org group has no organizations');
  });
});

describe('organization picker keys', () => {
  test('filter matches name or id', async () => {
    const app = renderWithPages(() =>
      yieldPages([[organization('org-acme', 'Acme Corp'), organization('org-bravo', 'Bravo'), organization('zz-9', 'Delta')]]),
    );
    await app.waitFor('3 organizations');

    await app.type('ACME');
    const byName = await app.waitFor('Filter: ACME');
    assert.deepEqual(rows(byName).map((row) => row.slice(2)), ['Acme Corp  org-acme']);

    await app.press('escape');
    await app.waitFor('type to filter');
    await app.type('ZZ-');
    const byId = await app.waitFor('Filter: ZZ-');
    assert.deepEqual(rows(byId).map((row) => row.slice(2)), ['Delta  zz-9']);
  });

  test('count shows matches of filter', async () => {
    const app = renderWithPages(() => yieldPages([manyOrganizations(35)]));
    await app.waitFor('Choose an organization · 35 organizations');

    await app.type('0007');

    await app.waitFor('Choose an organization · 1 of 35 organizations');
    await app.press('escape');
    await app.waitFor('Choose an organization · 35 organizations');
  });

  test('count while loading shows matches', async () => {
    const secondPage = deferred<void>();
    const app = renderWithPages(async function* () {
      yield manyOrganizations(20);
      await secondPage.promise;
      yield [organization('org-late', 'Late Arrival')];
    });
    await app.waitFor('Loaded 20 organizations, loading more…');

    await app.type('001');

    await app.waitFor('11 of 20 organizations loaded so far, loading more…');
    secondPage.resolve();
    await app.waitFor('11 of 21 organizations');
  });

  test('Ctrl+U and Ctrl+W edit the filter', async () => {
    const app = renderWithPages(() => yieldPages([manyOrganizations(5)]));
    await app.waitFor('5 organizations');
    await app.type('company 0003');
    await app.waitFor('1 of 5 organizations');

    await app.press('ctrlW');
    const word = await app.waitFor(/Filter: company\s*\n/);
    assert.doesNotMatch(word, /Filter: company 0003/);

    await app.type('0004');
    await app.waitFor('Filter: company 0004');
    await app.press('ctrlU');
    await app.waitFor('Filter: type to filter by name or id');
  });

  test('backspace edits the filter', async () => {
    const app = renderWithPages(() => yieldPages([[organization('org-acme', 'Acme'), organization('org-bravo', 'Bravo')]]));
    await app.waitFor('2 organizations');

    await app.type('bx');
    await app.waitFor('No organization matches "bx"');
    await app.press('backspace');

    const frame = await app.waitFor('Filter: b');
    assert.equal(rows(frame).length, 1);
  });

  test('PgDn moves a page down', async () => {
    const app = renderWithPages(() => yieldPages([manyOrganizations(50)]), { rows: 30 });
    await app.waitFor('50 organizations');

    // Of 30 terminal rows, Ink's cursor takes 1, the header 3, the title,
    // filter and key lines 3 and the "Rows" line 1: 22 rows, a page.
    await app.press('pageDown');
    const frame = await app.waitFor('› Company 0022');

    assert.match(frame, /Rows 2–23 of 50/);
    assert.equal(rows(frame).length, 22);
  });

  test('arrows scroll past the window', async () => {
    const app = renderWithPages(() => yieldPages([manyOrganizations(30)]), { rows: 30 });
    await app.waitFor('30 organizations');

    for (let step = 0; step < 25; step += 1) {
      await app.press('down');
    }
    const frame = await app.waitFor('› Company 0025');

    assert.match(frame, /Rows 5–26 of 30/);
    await app.press('pageUp', 'pageUp');
    assert.equal(selectedRow(await app.waitFor('› Company 0000')), '› Company 0000  org-0000');
  });

  test('disabled organization cannot be chosen', async () => {
    const app = renderWithPages(() => yieldPages([[organization('org-off', 'Archived Ltd', true)]]));
    const frame = await app.waitFor('1 organization');

    assert.match(frame, /Archived Ltd {2}org-off \(disabled\)/);
    await app.press('enter');
    const explained = await app.waitFor('is disabled in Siro');

    assert.match(flatten(explained), /Archived Ltd is disabled in Siro, so no token can be created for it/);
    assert.doesNotMatch(explained, /Create a new token/);
  });

  test('thousands of organizations render a window', async () => {
    const app = renderWithPages(() => yieldPages([manyOrganizations(5000)]), { rows: 30 });

    const frame = await app.waitFor('5000 organizations');

    assert.equal(rows(frame).length, 22);
    assert.match(frame, /Rows 1–22 of 5000/);
  });

  test('two downs in one chunk', async () => {
    const app = renderWithPages(() => yieldPages([manyOrganizations(5)]));
    await app.waitFor('5 organizations');

    await app.type(keys.down + keys.down);

    assert.equal(selectedRow(await app.waitFor('› Company 0002')), '› Company 0002  org-0002');
  });

  test('down and Enter in one chunk', async () => {
    const app = renderWithPages(() => yieldPages([manyOrganizations(5)]));
    await app.waitFor('5 organizations');

    await app.type(keys.down + keys.enter);

    await app.waitFor('Organization: Company 0001 (org-0001)');
  });

  test('filter and Enter in one chunk', async () => {
    const app = renderWithPages(() => yieldPages([manyOrganizations(5)]));
    await app.waitFor('5 organizations');

    await app.type(`0003${keys.enter}`);

    await app.waitFor('Organization: Company 0003 (org-0003)');
  });

  test('Ctrl+C inside typed text', async () => {
    const app = renderWithPages(() => yieldPages([manyOrganizations(5)]));
    await app.waitFor('5 organizations');

    await app.type(`ab${keys.ctrlC}`);

    assert.equal(await app.waitForExit(), ExitCode.interrupted);
  });

  test('Home after Backspace in one chunk', async () => {
    const app = renderWithPages(() => yieldPages([manyOrganizations(50)]));
    await app.waitFor('50 organizations');
    await app.type('company 004');
    await app.waitFor('Filter: company 004');

    await app.type(keys.backspace + keys.home);

    assert.match(await app.waitFor('› Company 0000'), /Filter: company 00\n/);
  });
});

describe('organization picker width', () => {
  const longName = 'Northwestern Regional Roofing and Exterior Renovation Cooperative of Greater Example County';

  test('long names truncated to terminal width', async () => {
    const app = renderWithPages(() => yieldPages([[organization('org-long', longName)]]), { columns: 50 });

    const frame = await app.waitFor('1 organization');
    const row = selectedRow(frame) ?? '';

    assert.ok(row.length <= 50, `the row fits 50 columns: ${row}`);
    assert.match(row, /…/);
    assert.match(row, /org-long$/);
  });

  test('truncated rows keep the marker space', async () => {
    const extraordinarilyLong =
      'The Extraordinarily Long-Named Association of Home Improvement Professionals and Allied Contractors';
    const app = renderWithPages(
      () =>
        yieldPages([
          [organization('c0d84053f700af2a3af8', extraordinarilyLong), organization('4b9bf43fdd8bd034c5a0', 'Aurora Roofing')],
        ]),
      { columns: 80 },
    );
    await app.waitFor('2 organizations');

    await app.press('down');
    const frame = await app.waitFor('› The Extraordinarily');
    const [aurora, long] = rows(frame);

    assert.equal(aurora, '  Aurora Roofing  4b9bf43fdd8bd034c5a0');
    assert.match(long ?? '', /^› The Extraordinarily .*… {2}c0d84053f700af2a3af8$/);
    assert.ok((long ?? '').length <= 80, 'the row fits the terminal');
  });

  test('resize widens the row', async () => {
    const app = renderWithPages(() => yieldPages([[organization('org-long', longName)]]), { columns: 50 });
    await app.waitFor('1 organization');

    app.stdout.resize(120, 30);
    const frame = await app.waitFor(longName);

    assert.equal(selectedRow(frame), `› ${longName}  org-long`);
  });
});

describe('organization picker errors', () => {
  const failures = [
    ['403', httpError(ORGANIZATIONS_CALL, 403, 'Token may not list organizations')],
    ['404', httpError(ORGANIZATIONS_CALL, 404)],
    ['429', httpError(ORGANIZATIONS_CALL, 429)],
    ['500', httpError(ORGANIZATIONS_CALL, 500)],
    ['timeout', timeoutError(ORGANIZATIONS_CALL)],
    ['malformed', malformedError(ORGANIZATIONS_CALL)],
    ['repeated cursor', repeatedCursorError()],
  ] as const;

  for (const [label, error] of failures) {
    test(`${label} before any page offers retry`, async () => {
      let loads = 0;
      const app = renderWithPages(async function* () {
        loads += 1;
        if (loads === 1) {
          throw error;
        }
        yield [organization('org-acme', 'Acme Corp')];
      });

      const frame = await app.waitFor('The organizations could not be loaded.');
      assert.ok(flatten(frame).includes(error.message), `the frame shows: ${error.message}`);

      await app.type('r');
      await app.waitFor('1 organization');
      assert.equal(loads, 2);
    });
  }

  test('repeated cursor keeps loaded organizations', async () => {
    let loads = 0;
    const app = renderWithPages(async function* () {
      loads += 1;
      yield [organization('org-acme', 'Acme Corp')];
      if (loads === 1) {
        throw repeatedCursorError();
      }
      yield [organization('org-bravo', 'Bravo')];
    });

    const failed = await app.waitFor('Loading stopped after 1 organization:');
    assert.match(flatten(failed), /returned a cursor it had already returned/);
    assert.match(failed, /Acme Corp {2}org-acme/);

    await app.type('r');
    const filtered = await app.waitFor('Filter: r');
    assert.equal(loads, 1, 'a plain r goes to the filter');
    assert.match(filtered, /Acme Corp/);

    await app.press('escape', 'ctrlR');
    const reloaded = await app.waitFor('2 organizations');
    assert.equal(loads, 2);
    assert.match(reloaded, /Bravo {2}org-bravo/);
  });

  test('429 says to wait', async () => {
    const app = renderWithPages(async function* () {
      yield* [];
      throw httpError(ORGANIZATIONS_CALL, 429, undefined, 20);
    });

    await app.waitFor('Wait 20 seconds before retrying');
  });
});

describe('organization picker height', () => {
  test('list fills the terminal, no more', async () => {
    const app = renderFlow(
      { demoToken: fakeSecret('demo'), apiUrl: { url: 'http://127.0.0.1:4010', isDefault: false }, rows: 30 },
      ({ siro, secrets }) => {
        siro.organizationPages = () => yieldPages([manyOrganizations(35)]);
        secrets.keychainError = longKeychainUnavailable();
      },
    );
    await app.waitFor('Org-group token:');
    await app.press('enter');

    const frame = await app.waitFor('35 organizations');

    assert.equal(lineCount(frame), 29, 'the frame is one line shorter than the terminal');
    assert.doesNotMatch(frame, /Secret Service provider/, 'the remedy stays on the sign-in screens');
    assertFramesFit(app);
  });

  test('notice shortens the list', async () => {
    const app = renderWithPages(() => yieldPages([[organization('org-off', 'Archived', true), ...manyOrganizations(40)]]), {
      columns: 60,
      rows: 20,
    });
    const before = await app.waitFor('41 organizations');

    await app.press('enter');
    const after = await app.waitFor('is disabled in Siro');

    assert.equal(lineCount(before), 19);
    assert.equal(lineCount(after), 19);
    assert.ok(rows(after).length < rows(before).length, 'the list gave up rows to the notice');
  });

  test('failure after a page fits 80x15', async () => {
    const app = renderWithPages(
      async function* () {
        yield manyOrganizations(30);
        throw httpError(ORGANIZATIONS_CALL, 429, undefined, 20);
      },
      { columns: 80, rows: 15 },
    );

    const frame = await app.waitFor('Press Ctrl+R to load them again');

    assert.ok(lineCount(frame) < 15, `the frame fits:\n${frame}`);
    assert.ok(rows(frame).length >= 2, 'some organizations stay listed');
    assertFramesFit(app);
  });

  test('resize to fewer rows shortens list', async () => {
    const app = renderWithPages(() => yieldPages([manyOrganizations(40)]), { rows: 30 });
    await app.waitFor('40 organizations');

    app.stdout.resize(100, 12);
    const frame = await app.waitFor(/Rows 1–\d of 40/);

    assert.ok(lineCount(frame) < 12, `the frame fits:\n${frame}`);
  });
});

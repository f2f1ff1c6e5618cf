import assert from 'node:assert/strict';
import { afterEach, describe, test } from 'node:test';
import { Text } from 'ink';

import { textRows } from '../../src/components/text-rows.js';
import { cleanup, lineCount, renderInk } from '../support/render.js';

afterEach(cleanup);

const SENTENCES = [
  'Siro shows this token only once: save it now.',
  'Saved to /home/tester/a-rather-long-file-name-for-the-token-of-this-organization.env (mode 0600, .env: SIRO_API_TOKEN=<token> and a newline).',
  'GET /v1/core/organizations failed with 429: Too many requests. Wait 20 seconds before retrying.',
  'word '.repeat(30).trim(),
  'x'.repeat(95),
  'two  spaces   and more    spaces between words that wrap at some width or other',
];

/** Renders text the way the screens do and returns the lines Ink used. */
async function inkRows(text: string, columns: number): Promise<number> {
  const app = renderInk(<Text>{text}</Text>, { columns, rows: 50 });
  await app.waitUntil(() => app.frames().length > 0, 'a frame');
  const rows = lineCount(app.lastFrame());
  app.unmount();
  return rows;
}

describe('textRows', () => {
  for (const columns of [20, 33, 40, 80]) {
    test(`matches Ink at ${columns} columns`, async () => {
      for (const sentence of SENTENCES) {
        const estimate = textRows(sentence, columns);
        const actual = await inkRows(sentence, columns);
        const hasLongWord = sentence.split(' ').some((word) => word.length > columns);

        // Ink may start a word wider than a row on the row before; the estimate never does.
        if (hasLongWord) {
          assert.ok(estimate >= actual, `"${sentence}" at ${columns} columns: ${estimate} is below ${actual}`);
          assert.ok(estimate <= actual + 1, `"${sentence}" at ${columns} columns: ${estimate} is above ${actual} + 1`);
        } else {
          assert.equal(estimate, actual, `"${sentence}" at ${columns} columns`);
        }
      }
    });
  }

  test('wide characters never undercount', async () => {
    const text = '🏠 Home Pros, 東京リフォーム株式会社 and Café Müller Électricité';

    for (const columns of [10, 20, 30]) {
      assert.ok(textRows(text, columns) >= (await inkRows(text, columns)), `at ${columns} columns`);
    }
  });

  test('newlines start rows', () => {
    assert.equal(textRows('one\ntwo\n\nfour', 80), 4);
  });
});

import { test } from 'node:test';
import assert from 'node:assert/strict';

import { defaultTokenFileName } from '../../src/files/default-token-file-name.js';

test('file name from organization and token', () => {
  assert.equal(defaultTokenFileName('Acme Corp', 'CI Deploy'), 'acme-corp-ci-deploy.token');
});

test('file name from suggested token name', () => {
  assert.equal(
    defaultTokenFileName('Acme', 'siro-token alice@laptop 2026-12-04'),
    'acme-siro-token-alice-laptop-2026-12-04.token',
  );
});

test('file name removes accents', () => {
  assert.equal(defaultTokenFileName('Société Générale', 'Prod Ærø Straße'), 'societe-generale-prod-aero-strasse.token');
});

test('file name skips CJK organization', () => {
  assert.equal(defaultTokenFileName('株式会社テスト', 'ci'), 'ci.token');
});

test('file name falls back for emoji only', () => {
  assert.equal(defaultTokenFileName('🚀🚀', '本番'), 'siro-token.token');
});

test('file name keeps ASCII from mixed names', () => {
  assert.equal(defaultTokenFileName('🚀 Rocket Labs', '本番 prod'), 'rocket-labs-prod.token');
});

test('file name removes path characters', () => {
  const name = defaultTokenFileName('../../etc', 'a/b\\c\u001b[2J');

  assert.equal(name, 'etc-a-b-c-2j.token');
});

test('file name has bounded length', () => {
  const name = defaultTokenFileName('a'.repeat(300), 'b '.repeat(300));

  assert.ok(name.length <= 90, `length ${name.length}`);
  assert.match(name, /^a+-b(-b)*\.token$/);
});

test('file name is always safe', () => {
  const names = ['', ' ', '.', '..', '---', 'A.B', 'ÉCOLE', '\u0000', 'x'.repeat(41)];

  for (const organization of names) {
    for (const token of names) {
      const name = defaultTokenFileName(organization, token);
      assert.match(name, /^[a-z0-9]+(-[a-z0-9]+)*\.token$/, JSON.stringify([organization, token]));
    }
  }
});

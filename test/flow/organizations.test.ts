import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { filterOrganizations, organizationLabel, sortOrganizations } from '../../src/flow/organizations.js';
import { organization } from '../support/fake-services.js';

describe('organizationLabel', () => {
  test('name is cleaned of escapes', () => {
    assert.equal(organizationLabel(organization('org-1', 'Acme\u001b[31m Red\u0007')), 'Acme Red');
  });

  test('missing name falls back to id', () => {
    assert.equal(organizationLabel(organization('org-1', null)), 'org-1');
    assert.equal(organizationLabel(organization('org-2', '   ')), 'org-2');
  });
});

describe('sortOrganizations', () => {
  test('sorts by name ignoring case and accents', () => {
    const sorted = sortOrganizations([
      organization('3', 'beta'),
      organization('1', 'Émile'),
      organization('2', 'Alpha'),
      organization('4', 'echo'),
    ]);

    assert.deepEqual(
      sorted.map((entry) => entry.name),
      ['Alpha', 'beta', 'echo', 'Émile'],
    );
  });

  test('numbers sort numerically', () => {
    const sorted = sortOrganizations([organization('a', 'Store 10'), organization('b', 'Store 9')]);

    assert.deepEqual(
      sorted.map((entry) => entry.name),
      ['Store 9', 'Store 10'],
    );
  });

  test('equal names sort by id', () => {
    const sorted = sortOrganizations([organization('org-b', 'Same'), organization('org-a', 'Same')]);

    assert.deepEqual(
      sorted.map((entry) => entry.id),
      ['org-a', 'org-b'],
    );
  });

  test('does not change its input', () => {
    const input = [organization('2', 'b'), organization('1', 'a')];

    sortOrganizations(input);

    assert.equal(input[0]?.id, '2');
  });
});

describe('filterOrganizations', () => {
  const organizations = [organization('org-acme', 'Acme Corp'), organization('ZZ-42', 'Bravo'), organization('org-x', null)];

  test('matches name ignoring case', () => {
    assert.deepEqual(
      filterOrganizations(organizations, 'aCmE').map((entry) => entry.id),
      ['org-acme'],
    );
  });

  test('matches id ignoring case', () => {
    assert.deepEqual(
      filterOrganizations(organizations, 'zz-4').map((entry) => entry.id),
      ['ZZ-42'],
    );
  });

  test('empty filter keeps all', () => {
    assert.equal(filterOrganizations(organizations, '  ').length, 3);
  });

  test('no match returns empty', () => {
    assert.deepEqual(filterOrganizations(organizations, 'nothing'), []);
  });
});

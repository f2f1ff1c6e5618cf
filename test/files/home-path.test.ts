import { test } from 'node:test';
import assert from 'node:assert/strict';

import { expandHome } from '../../src/files/home-path.js';

test('expand home alone', () => {
  assert.equal(expandHome('~', '/home/alice'), '/home/alice');
});

test('expand home with subpath', () => {
  assert.equal(expandHome('~/keys/acme.token', '/home/alice'), '/home/alice/keys/acme.token');
  assert.equal(expandHome('~/x', '/home/alice/'), '/home/alice/x');
});

test('expand home leaves other paths', () => {
  for (const path of ['~bob/x', 'a/~/b', './~', '/tmp/x', 'x~', '']) {
    assert.equal(expandHome(path, '/home/alice'), path);
  }
});

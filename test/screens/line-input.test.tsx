import assert from 'node:assert/strict';
import { afterEach, describe, test } from 'node:test';
import { useState } from 'react';

import { LineInput } from '../../src/components/line-input.js';
import { fakeSecret } from '../support/fake-services.js';
import { keys } from '../support/keys.js';
import { cleanup, renderInk } from '../support/render.js';

afterEach(cleanup);

/** Renders a line input as the screens use it: the value lives in the parent, and each change and submit is recorded. */
function renderLine(options: { initial?: string; mask?: string; placeholder?: string } = {}) {
  const changes: string[] = [];
  const submits: string[] = [];

  function Field() {
    const [value, setValue] = useState(options.initial ?? '');
    return (
      <LineInput
        value={value}
        {...(options.mask === undefined ? {} : { mask: options.mask })}
        {...(options.placeholder === undefined ? {} : { placeholder: options.placeholder })}
        onChange={(next) => {
          changes.push(next);
          setValue(next);
        }}
        onSubmit={(line) => submits.push(line)}
      />
    );
  }

  const app = renderInk(<Field />);
  return { ...app, changes, submits, value: () => changes.at(-1) ?? options.initial ?? '' };
}

describe('line input submitting', () => {
  test('text and CR in one chunk', async () => {
    const field = renderLine();

    await field.type('deploy bot\r');

    assert.deepEqual(field.submits, ['deploy bot']);
    assert.equal(field.value(), 'deploy bot');
  });

  test('pasted token with CR submits', async () => {
    const token = 'x'.repeat(52);
    const field = renderLine({ mask: '•' });

    await field.type(`  ${token}\r`);

    assert.equal(field.submits.length, 1);
    assert.equal(field.submits[0], `  ${token}`);
    await field.waitFor('•'.repeat(54));
    assert.doesNotMatch(field.lastFrame(), /•{55}/, 'the CR is not masked as a character');
  });

  test('pasted token with LF submits', async () => {
    const token = fakeSecret('pasted');
    const field = renderLine({ mask: '•' });

    await field.type(`${token}\n`);

    assert.equal(field.submits.length, 1);
    assert.ok(field.submits[0] === token, 'the submitted line is the token without the line feed');
  });

  test('line break inside a paste is dropped', async () => {
    const field = renderLine();

    await field.type('abc\ndef\r\n');

    assert.deepEqual(field.submits, ['abcdef']);
  });

  test('Enter key submits', async () => {
    const field = renderLine();
    await field.type('ci');

    await field.press('enter');

    assert.deepEqual(field.submits, ['ci']);
  });
});

describe('line input editing keys', () => {
  test('Backspace run deletes three', async () => {
    const field = renderLine();
    await field.type('abcdef');

    await field.type('\u007f\u007f\u007f');

    assert.equal(field.value(), 'abc');
  });

  test('single Backspace deletes one', async () => {
    const field = renderLine({ initial: 'abc' });

    await field.press('backspace');

    assert.equal(field.value(), 'ab');
  });

  test('Ctrl+U clears before cursor', async () => {
    const field = renderLine();
    await field.type('hello world');
    await field.press('left', 'left', 'left', 'left', 'left');

    await field.press('ctrlU');

    assert.equal(field.value(), 'world');
    assert.ok(!field.changes.some((change) => change.includes('u')), 'no u was typed');
  });

  test('Ctrl+U clears a long line', async () => {
    const field = renderLine({ placeholder: 'suggested name' });
    await field.type('n'.repeat(200));

    await field.press('ctrlU');

    assert.equal(field.value(), '');
    await field.waitFor('suggested name');
  });

  test('Ctrl+W deletes word before cursor', async () => {
    const field = renderLine();
    await field.type('deploy nightly bot  ');

    await field.press('ctrlW');
    assert.equal(field.value(), 'deploy nightly ');

    await field.press('ctrlW');
    assert.equal(field.value(), 'deploy ');
  });

  test('Alt+Backspace deletes word', async () => {
    const field = renderLine({ initial: 'deploy bot' });

    await field.press('altBackspace');

    assert.equal(field.value(), 'deploy ');
  });

  test('Ctrl+A and Home go to start', async () => {
    const field = renderLine({ initial: 'bot' });

    await field.press('ctrlA');
    await field.type('a');
    await field.press('end');
    await field.press('home');
    await field.type('b');

    assert.equal(field.value(), 'babot');
  });

  test('Ctrl+E and End go to end', async () => {
    const field = renderLine({ initial: 'bot' });

    await field.press('home');
    await field.press('ctrlE');
    await field.type('1');
    await field.press('home', 'end');
    await field.type('2');

    assert.equal(field.value(), 'bot12');
  });

  test('Left and Right move by one', async () => {
    const field = renderLine({ initial: 'ac' });

    await field.press('left');
    await field.type('b');
    await field.press('left', 'left', 'right', 'right', 'right');
    await field.type('d');

    assert.equal(field.value(), 'abcd');
  });

  test('Delete removes after cursor', async () => {
    const field = renderLine({ initial: 'abc' });

    await field.press('home', 'delete');

    assert.equal(field.value(), 'bc');
  });

  test('Ctrl+K removes after cursor', async () => {
    const field = renderLine({ initial: 'deploy bot' });

    await field.press('left', 'left', 'left', 'ctrlK');

    assert.equal(field.value(), 'deploy ');
  });

  test('keys in one chunk apply in order', async () => {
    const field = renderLine();

    await field.type('hello\u0001x\u0005!\u007f\u007f?');

    assert.equal(field.value(), 'xhell?');
  });

  test('Esc and Tab are not typed', async () => {
    const field = renderLine({ initial: 'ab' });

    await field.press('escape', 'tab');

    assert.equal(field.value(), 'ab');
    assert.deepEqual(field.changes, []);
  });

  test('lone control key is ignored', async () => {
    const field = renderLine({ initial: 'ab' });

    await field.type('\u0007');

    assert.deepEqual(field.changes, []);
  });

  test('pasted control character is kept', async () => {
    const field = renderLine();

    await field.type('ci\u0007bot');

    assert.equal(field.value(), 'ci\u0007bot');
    assert.match(field.lastFrame(), /ci\ufffdbot/, 'the control character shows as a replacement character');
  });
});

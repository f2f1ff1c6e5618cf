import assert from 'node:assert/strict';
import { afterEach, describe, test } from 'node:test';

// Chalk, which Ink uses, decides once when it loads whether colours reach the
// stream; under the test runner stdout is a pipe, so colours are forced on
// here and everything that loads chalk is imported after this line.
process.env['FORCE_COLOR'] = '1';
process.env['TERM'] = 'xterm-256color';
delete process.env['NO_COLOR'];

const { App } = await import('../../src/app.js');
const { fakeSecret, fakeServices } = await import('../support/fake-services.js');
const { cleanup, renderInk } = await import('../support/render.js');

afterEach(cleanup);

// SGR codes that set a foreground colour, such as ESC[32m (green) or ESC[36m (cyan).
const COLOUR_CODE = /\u001b\[(3[0-7]|9[0-7]|38;[0-9;]+)m/;

async function renderedOutput(color: boolean | undefined): Promise<string> {
  const fakes = fakeServices({ storedToken: fakeSecret('stored') });
  const options = color === undefined ? fakes.options : { ...fakes.options, color };
  const app = renderInk(<App options={options} onExit={() => undefined} />);

  await app.waitFor('Choose an organization');
  return app.stdout.writes.join('');
}

describe('color option', () => {
  test('colours on by default', async () => {
    assert.match(await renderedOutput(undefined), COLOUR_CODE);
  });

  test('color false renders no colours', async () => {
    assert.doesNotMatch(await renderedOutput(false), COLOUR_CODE);
  });
});

import type { RenderedFlow } from '../support/render.js';

/**
 * Key sequences that bring a rendered flow (signed in from the keychain,
 * default fake organizations) to a given screen.
 */

export async function openOrganizationMenu(app: RenderedFlow, filter = 'acme'): Promise<void> {
  await app.waitFor('Choose an organization');
  await app.type(filter);
  await app.waitFor(`Filter: ${filter}`);
  await app.press('enter');
  await app.waitFor('Create a new token');
}

export async function openTokenName(app: RenderedFlow): Promise<void> {
  await openOrganizationMenu(app);
  await app.press('enter');
  await app.waitFor('Token name:');
}

export async function openConfirm(app: RenderedFlow, name = 'deploy bot'): Promise<void> {
  await openTokenName(app);
  await app.type(name);
  await app.press('enter');
  await app.waitFor('Create token');
}

export async function openResult(app: RenderedFlow, name = 'deploy bot'): Promise<void> {
  await openConfirm(app, name);
  await app.type('y');
  await app.waitFor('Token created.');
}

export async function openTokenList(app: RenderedFlow): Promise<void> {
  await openOrganizationMenu(app);
  await app.press('down', 'enter');
  await app.waitFor('Tokens of Acme Corp');
}

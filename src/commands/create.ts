import { SiroApiError } from '../api/errors.js';
import type { SiroApi } from '../api/siro-api.js';
import type { CreatedToken, Organization } from '../api/types.js';
import { CommandError, usageError } from '../cli/command-error.js';
import { ExitCode } from '../exit-codes.js';
import type { TokenFileReservation } from '../files/token-file-reservation.js';
import type { SavedTokenFile } from '../files/token-file-writer.js';
import { TokenFileError } from '../files/token-file-writer.js';
import { sanitizeTerminalText } from '../text/terminal-text.js';
import { validateTokenName } from '../text/token-name.js';
import type { CommandContext } from './command-context.js';
import { toCommandError } from './failures.js';
import { tokenMetadataJson } from './identity-json.js';
import { connectWithOrgGroupToken } from './org-group-token.js';
import { describeOrganization, resolveOrganization } from './organizations.js';
import { chooseDestination, reserveDestination } from './output-destination.js';

/**
 * `siro-token create --org ORG --name NAME [--output PATH|-] [--force]`.
 * Every check that can fail runs before the create request, and the
 * `--output` file is claimed first too. The request is sent once and never
 * retried, because a retry could create a second token.
 */
export async function runCreate(context: CommandContext): Promise<ExitCode> {
  const name = checkName(context.options.name);
  const destination = chooseDestination(context);
  const reservation = await reserveDestination(destination);

  if (reservation === null) {
    return createAndDeliver(context, name, null);
  }

  context.interruptCleanups.add(reservation.release);
  try {
    return await createAndDeliver(context, name, reservation);
  } finally {
    context.interruptCleanups.delete(reservation.release);
    await reservation.release();
  }
}

/** Creates the token and prints it, or saves it to `reservation` when there is one. */
async function createAndDeliver(context: CommandContext, name: string, reservation: TokenFileReservation | null): Promise<ExitCode> {
  const { api } = await connectWithOrgGroupToken(context);
  const organization = await resolveOrganization(api, context.options.org, 'create');

  if (organization.disabled) {
    throw new CommandError(
      'organization-disabled',
      ExitCode.failure,
      `Organization ${describeOrganization(organization)} is disabled, so no token can be created for it.`,
    );
  }

  await warnAboutTakenName(context, api, organization, name);

  const created = await createOnce(context, api, organization, name);
  context.redactor.add(created.token);

  await deliver(context, created, organization, reservation);
  return ExitCode.success;
}

function checkName(raw: string | undefined): string {
  if (raw === undefined) {
    throw usageError('create needs --name NAME: the name of the new token.', 'create');
  }

  const validation = validateTokenName(raw);
  if (!validation.ok) {
    throw usageError(validation.message, 'create');
  }

  return validation.name;
}

/** Warns when the organization already has a token of that name; a failed check is a warning too, not an error. */
async function warnAboutTakenName(context: CommandContext, api: SiroApi, organization: Organization, name: string): Promise<void> {
  const where = describeOrganization(organization);

  try {
    const sameName = (await api.listTokens(organization.id)).filter((token) => token.tokenName === name);

    if (sameName.length > 0) {
      const ids = sameName.map((token) => token.tokenId).join(', ');
      context.output.warn(
        'duplicate-token-name',
        `Organization ${where} already has a token named "${sanitizeTerminalText(name)}" (${ids}). Creating another one.`,
      );
    }
  } catch (error) {
    const failure = toCommandError(error);

    // A rejected token would fail the create request too, so stop here.
    if (failure === null || failure.code === 'token-rejected') {
      throw failure ?? error;
    }

    context.output.warn('token-names-unchecked', `Could not check the existing token names of ${where}: ${failure.message} Creating the token anyway.`);
  }
}

async function createOnce(context: CommandContext, api: SiroApi, organization: Organization, name: string): Promise<CreatedToken> {
  const check = `The token may have been created. Check with \`siro-token tokens --org ${organization.id}\` before creating another.`;
  context.interruptNote.current = check;

  try {
    return await api.createToken({ tokenName: name, organizationId: organization.id });
  } catch (error) {
    if (error instanceof SiroApiError && error.mayHaveTakenEffect) {
      throw new CommandError('may-have-been-created', ExitCode.failure, error.message);
    }
    throw error;
  } finally {
    context.interruptNote.current = null;
  }
}

async function deliver(
  context: CommandContext,
  created: CreatedToken,
  organization: Organization,
  reservation: TokenFileReservation | null,
): Promise<void> {
  const { output } = context;
  const summary = `Created token "${sanitizeTerminalText(created.tokenName)}" (${created.tokenId}) in ${describeOrganization(organization)}`;

  if (reservation === null) {
    output.secret(output.json ? `${JSON.stringify(created, null, 2)}\n` : `${created.token}\n`);
    // stdout may be a variable or a file rather than the screen, so "above" would not always be true.
    output.note(`${summary}. Siro shows a token only once: this output is its only copy.`);
    return;
  }

  const saved = await save(context, created, organization, reservation);

  if (output.json) {
    output.jsonResult({
      ...tokenMetadataJson(created),
      organizationName: organization.name,
      savedTo: { path: saved.path, format: saved.format },
    });
  } else {
    output.line(`${summary} and saved it to ${saved.path}.`);
  }
}

async function save(
  context: CommandContext,
  created: CreatedToken,
  organization: Organization,
  reservation: TokenFileReservation,
): Promise<SavedTokenFile> {
  const revokeAdvice =
    `Siro shows a token only once, so revoke this one with \`siro-token revoke ${created.tokenId} --org ${organization.id} --yes\` and create another.`;
  const createdToken = `Token "${sanitizeTerminalText(created.tokenName)}" (${created.tokenId}) was created`;
  context.interruptNote.current = `${createdToken}, but it may not have been saved to ${reservation.path}. ${revokeAdvice}`;

  try {
    return await reservation.write(created);
  } catch (error) {
    if (!(error instanceof TokenFileError)) {
      throw error;
    }

    throw new CommandError('file-error', ExitCode.failure, `${createdToken}, but it could not be saved: ${error.message} ${revokeAdvice}`);
  } finally {
    context.interruptNote.current = null;
  }
}

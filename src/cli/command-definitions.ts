/** The commands and flags siro-token accepts; help text and parsing read from here. */

export interface OptionDefinition {
  type: 'string' | 'boolean';
  short?: string;

  /** Placeholder shown in help, for string options. */
  valueName?: string;

  description: string;
}

export interface CommandDefinition {
  summary: string;
  usage: string;
  options: Record<string, OptionDefinition>;

  /** Names of the positional arguments, in order; a trailing `?` marks an optional one. */
  positionals: string[];

  /** Lines under "Details" in the command's help. */
  details: string[];
}

export const COMMON_OPTIONS: Record<string, OptionDefinition> = {
  profile: {
    type: 'string',
    valueName: 'NAME',
    description: 'Keychain profile whose org-group token is used (default: default).',
  },
  'api-url': {
    type: 'string',
    valueName: 'URL',
    description:
      'Siro API base URL (default: SIRO_API_URL, else https://functions.siro.ai/api-externalApi). Only https://, or http:// on a loopback address.',
  },
  json: { type: 'boolean', description: 'Print results as JSON on stdout and errors as JSON on stderr.' },
  'no-color': { type: 'boolean', description: 'Turn off colour (also NO_COLOR or TERM=dumb).' },
  debug: {
    type: 'boolean',
    description: 'Print the method, path, status and duration of each API request to stderr.',
  },
  demo: {
    type: 'boolean',
    description:
      'Use the demo org-group token (profile demo) against a local demo server started fresh for each run, so tokens created in one run are not listed in the next. No real token is created.',
  },
  help: { type: 'boolean', short: 'h', description: 'Show help.' },
  version: { type: 'boolean', short: 'V', description: 'Print the version.' },
};

const ORG_OPTION: OptionDefinition = {
  type: 'string',
  valueName: 'ORG',
  description: 'Organization id, or its exact name (case-insensitive) when no other organization has that name.',
};

const YES_OPTION: OptionDefinition = {
  type: 'boolean',
  short: 'y',
  description: 'Skip the confirmation question (required without a terminal).',
};

export const COMMANDS = {
  login: {
    summary: 'Check an org-group token and store it in the keychain',
    usage: 'siro-token login [--with-token] [--profile NAME]',
    options: {
      'with-token': {
        type: 'boolean',
        description: 'Read the token from standard input instead of a masked prompt (required without a terminal).',
      },
    },
    positionals: [],
    details: [
      'The token is checked with GET /v1/core/auth/caller-identity before it is stored.',
      'Spaces, tabs and line breaks in the token are removed. With a terminal on standard input,',
      'the masked prompt is used even with --with-token, so the token never shows on screen.',
      'An organization token is rejected: siro-token needs an org-group token,',
      'created in Siro under the Person icon, then API Tokens.',
      'A token is never accepted as a command-line argument, because arguments',
      'show in `ps` and in shell history. Example: siro-token login --with-token < token.txt',
    ],
  },
  logout: {
    summary: "Remove the profile's token from the keychain",
    usage: 'siro-token logout [--yes] [--profile NAME]',
    options: { yes: YES_OPTION },
    positionals: [],
    details: ['Exits with 4 when the profile has no stored token, and with 1 when you answer no.'],
  },
  status: {
    summary: "Show the profile, the token source, the API URL and the token's identity",
    usage: 'siro-token status [--profile NAME]',
    options: {},
    positionals: [],
    details: [
      'SIRO_ORG_GROUP_TOKEN wins over a token stored in the keychain.',
      'With --demo, commands always use the demo org-group token, not the keychain or SIRO_ORG_GROUP_TOKEN.',
      'Exits with 3 when there is no token or the token is rejected; the status is printed all the same.',
    ],
  },
  profiles: {
    summary: 'List the profiles that have a token in the keychain',
    usage: 'siro-token profiles',
    options: {},
    positionals: [],
    details: ['Prints profile names only, never tokens.'],
  },
  orgs: {
    summary: 'List the organizations the org-group token can act on',
    usage: 'siro-token orgs [--filter TEXT]',
    options: {
      filter: {
        type: 'string',
        valueName: 'TEXT',
        description: 'Show only organizations whose name or id contains TEXT (case-insensitive).',
      },
    },
    positionals: [],
    details: ['Reads every page of GET /v1/core/organizations and sorts by name.'],
  },
  tokens: {
    summary: 'List the tokens of an organization, without secrets',
    usage: 'siro-token tokens --org ORG',
    options: { org: ORG_OPTION },
    positionals: [],
    details: ['An ambiguous organization name lists the matches and exits with 2; pass the id instead.'],
  },
  create: {
    summary: 'Create an organization token',
    usage: 'siro-token create --org ORG --name NAME [--output PATH|-] [--force]',
    options: {
      org: ORG_OPTION,
      name: {
        type: 'string',
        valueName: 'NAME',
        description: 'Name of the new token: not empty, no control characters, at most 128 characters.',
      },
      output: {
        type: 'string',
        short: 'o',
        valueName: 'PATH',
        description:
          'Save the token to PATH with mode 0600 (a .env path gets SIRO_API_TOKEN=..., a .json path the whole response), or print it to stdout with -.',
      },
      force: { type: 'boolean', description: 'Replace the file at --output PATH when it exists.' },
    },
    positionals: [],
    details: [
      'Without --output, the token is printed to stdout only when stdout is not a terminal,',
      'so TOKEN=$(siro-token create ...) works. When stdout is a terminal, pass --output.',
      'A name already used in the organization gives a warning, not an error.',
      'The create request is never retried: after a timeout the token may have been created,',
      'so check with siro-token tokens --org ORG before trying again.',
    ],
  },
  revoke: {
    summary: 'Revoke an organization token',
    usage: 'siro-token revoke TOKEN_ID --org ORG [--yes]',
    options: { org: ORG_OPTION, yes: YES_OPTION },
    positionals: ['TOKEN_ID'],
    details: [
      'Asks "Revoke token NAME (ID) in ORGANIZATION?" first; without a terminal, pass --yes.',
      'Exits with 4 when the organization has no token with TOKEN_ID, and with 1 when you answer no.',
    ],
  },
  help: {
    summary: 'Show help for siro-token or one command',
    usage: 'siro-token help [COMMAND]',
    options: {},
    positionals: ['COMMAND?'],
    details: [],
  },
} satisfies Record<string, CommandDefinition>;

export type CommandName = keyof typeof COMMANDS;

export function isCommandName(value: string): value is CommandName {
  return Object.hasOwn(COMMANDS, value);
}

/** Every option any command accepts, for the parser; which command accepts which is checked after. */
export function allOptionDefinitions(): Record<string, OptionDefinition> {
  const all: Record<string, OptionDefinition> = { ...COMMON_OPTIONS };

  for (const command of Object.values(COMMANDS) as CommandDefinition[]) {
    Object.assign(all, command.options);
  }

  return all;
}

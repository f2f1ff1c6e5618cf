import {
  COMMANDS,
  COMMON_OPTIONS,
  type CommandDefinition,
  type CommandName,
  type OptionDefinition,
} from './command-definitions.js';

const EXIT_CODES = [
  '  0    success',
  '  1    failure (an API error, a file that could not be written, a question answered no)',
  '  2    usage error (an invalid flag or value, an ambiguous organization name, a missing terminal)',
  '  3    no token, or the token was rejected',
  '  4    not found (organization, token, or stored profile)',
  '  129  stopped by SIGHUP (the terminal closed)',
  '  130  interrupted (SIGINT or Ctrl+C)',
  '  143  stopped by SIGTERM',
];

const ENVIRONMENT = [
  '  SIRO_ORG_GROUP_TOKEN          Org-group token used instead of the keychain; never stored.',
  '  SIRO_API_URL                  API base URL when --api-url is not given.',
  '  NO_COLOR                      Turn off colour when set to a non-empty value.',
  '  SIRO_TOKEN_KEYCHAIN_SERVICE   Keychain service name instead of siro-token (a testing aid).',
];

/** Help for `siro-token --help`: the guided flow, every command, common flags, environment, exit codes. */
export function renderMainHelp(): string {
  const commandWidth = Math.max(...Object.keys(COMMANDS).map((name) => name.length));
  const commandLines = Object.entries(COMMANDS).map(
    ([name, command]) => `  ${name.padEnd(commandWidth)}  ${command.summary}`,
  );

  return [
    'siro-token: mint and manage Siro organization API tokens, with the org-group token kept in the OS keychain.',
    '',
    'Usage:',
    '  siro-token [--profile NAME] [--api-url URL] [--demo]    open the guided flow (needs a terminal)',
    '  siro-token COMMAND [options]                           run one step, for scripts',
    '',
    'Commands:',
    ...commandLines,
    '',
    'Options for every command:',
    ...renderOptions(COMMON_OPTIONS),
    '',
    ...environmentAndExitCodes(),
    'Run `siro-token COMMAND --help` for the options of one command.',
    '',
  ].join('\n');
}

/** Help for `siro-token COMMAND --help`. */
export function renderCommandHelp(name: CommandName): string {
  const command: CommandDefinition = COMMANDS[name];
  const commandOptions = Object.keys(command.options).length > 0 ? ['Options:', ...renderOptions(command.options), ''] : [];
  const details = command.details.length > 0 ? ['Details:', ...command.details.map((line) => `  ${line}`), ''] : [];

  return [
    `${command.summary}.`,
    '',
    'Usage:',
    `  ${command.usage}`,
    '',
    ...commandOptions,
    'Options for every command:',
    ...renderOptions(COMMON_OPTIONS),
    '',
    ...details,
    ...environmentAndExitCodes(),
  ].join('\n');
}

/** Returns the help sections shared by every help page: environment variables and exit codes. */
function environmentAndExitCodes(): string[] {
  return ['Environment:', ...ENVIRONMENT, '', 'Exit codes:', ...EXIT_CODES, ''];
}

function renderOptions(options: Record<string, OptionDefinition>): string[] {
  const labels = Object.entries(options).map(([name, option]) => {
    const short = option.short === undefined ? '    ' : `-${option.short}, `;
    const value = option.type === 'string' ? ` ${option.valueName ?? 'VALUE'}` : '';
    return { label: `${short}--${name}${value}`, description: option.description };
  });
  const width = Math.max(...labels.map(({ label }) => label.length));

  return labels.map(({ label, description }) => `  ${label.padEnd(width)}  ${description}`);
}

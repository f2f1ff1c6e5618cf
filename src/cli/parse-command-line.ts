import { parseArgs } from 'node:util';

import { CommandError, usageError } from './command-error.js';
import {
  COMMANDS,
  COMMON_OPTIONS,
  allOptionDefinitions,
  isCommandName,
  type CommandDefinition,
  type CommandName,
  type OptionDefinition,
} from './command-definitions.js';
import { ExitCode } from '../exit-codes.js';

export interface CommandLineOptions {
  profile: string | undefined;
  apiUrl: string | undefined;
  json: boolean;
  noColor: boolean;
  debug: boolean;
  demo: boolean;
  help: boolean;
  version: boolean;
  withToken: boolean;
  yes: boolean;
  force: boolean;
  filter: string | undefined;
  org: string | undefined;
  name: string | undefined;
  output: string | undefined;
}

export interface CommandLine {
  /** null when no command was given: the guided flow. */
  command: CommandName | null;
  positionals: string[];
  options: CommandLineOptions;
}

/** Option names someone might try for passing a token; each is rejected with the reason. */
const TOKEN_OPTION_NAMES = new Set(['token', 'org-group-token', 'api-token', 'auth-token', 'siro-token', 'password']);

export const TOKEN_IN_ARGUMENTS_MESSAGE =
  'A token is never accepted as a command-line argument, because arguments show in `ps` and in shell history. ' +
  'Run `siro-token login` to store it in the keychain (in scripts: `siro-token login --with-token < token.txt`), ' +
  'or set SIRO_ORG_GROUP_TOKEN.';

/**
 * Parses argv (without the node and script paths). Throws a usage
 * CommandError for anything it cannot accept. `--help` wins over other usage
 * errors, except a token passed as an argument, which is always rejected.
 */
export function parseCommandLine(argv: readonly string[]): CommandLine {
  const { tokens } = parseArgs({
    args: [...argv],
    options: toParseArgsOptions(allOptionDefinitions()),
    strict: false,
    allowPositionals: true,
    tokens: true,
  });

  const values = new Map<string, string | boolean>();
  const positionals: string[] = [];
  const problems: CommandError[] = [];

  for (const token of tokens) {
    if (token.kind === 'positional') {
      positionals.push(token.value);
      continue;
    }

    if (token.kind === 'option-terminator') {
      continue;
    }

    const problem = checkOption(token.name, token.rawName, token.value, token.inlineValue, values);
    if (problem !== null) {
      problems.push(problem);
    }
  }

  throwTokenProblem(problems);

  const command = resolveCommand(positionals.shift());

  problems.push(...checkPositionals(command, positionals));
  problems.push(...checkOptionsBelongTo(command, values));

  throwTokenProblem(problems);

  const options = toCommandLineOptions(values);
  const [firstProblem] = problems;

  if (firstProblem !== undefined && !options.help) {
    throw firstProblem;
  }

  return { command, positionals, options };
}

function throwTokenProblem(problems: CommandError[]): void {
  const tokenProblem = problems.find((problem) => problem.message.includes(TOKEN_IN_ARGUMENTS_MESSAGE));

  if (tokenProblem !== undefined) {
    throw tokenProblem;
  }
}

function toParseArgsOptions(definitions: Record<string, OptionDefinition>) {
  const options: Record<string, { type: 'string' | 'boolean'; short?: string }> = {};

  for (const [name, definition] of Object.entries(definitions)) {
    options[name] = definition.short === undefined ? { type: definition.type } : { type: definition.type, short: definition.short };
  }

  return options;
}

function checkOption(
  name: string,
  rawName: string,
  value: string | undefined,
  inlineValue: boolean | undefined,
  values: Map<string, string | boolean>,
): CommandError | null {
  if (TOKEN_OPTION_NAMES.has(name)) {
    return new CommandError('usage', ExitCode.usage, `The option ${rawName} is not supported. ${TOKEN_IN_ARGUMENTS_MESSAGE}`);
  }

  if (name === 'with-token' && value !== undefined) {
    return new CommandError(
      'usage',
      ExitCode.usage,
      `The option --with-token takes no value: it reads the token from standard input. ${TOKEN_IN_ARGUMENTS_MESSAGE}`,
    );
  }

  const definition = allOptionDefinitions()[name];
  if (definition === undefined) {
    return usageError(`Unknown option ${rawName}.`);
  }

  if (definition.type === 'boolean') {
    if (value !== undefined) {
      return usageError(`The option ${rawName} takes no value.`);
    }

    values.set(name, true);
    return null;
  }

  const placeholder = `${rawName} ${definition.valueName ?? 'VALUE'}`;

  if (value === undefined) {
    return usageError(`The option ${rawName} is missing its value (${placeholder}).`);
  }

  // Same rule as parseArgs in strict mode: a following argument that looks
  // like an option is more likely a forgotten value than a value.
  if (inlineValue === false && value.length > 1 && value.startsWith('-')) {
    // `--org --help` requests help, so --help still wins over the missing value.
    if (value === '--help' || value === '-h') {
      values.set('help', true);
    }

    return usageError(
      `The option ${rawName} is missing its value (${placeholder}). To pass a value that starts with a dash, write --${name}=VALUE.`,
    );
  }

  if (values.has(name)) {
    return usageError(`The option --${name} was given more than once.`);
  }

  values.set(name, value);
  return null;
}

function resolveCommand(word: string | undefined): CommandName | null {
  if (word === undefined) {
    return null;
  }

  if (isCommandName(word)) {
    return word;
  }

  // The word is echoed only when it looks like a mistyped command, so a
  // token pasted in its place never reaches the terminal or a log.
  const echoed = /^[A-Za-z][A-Za-z-]{0,30}$/.test(word) ? ` "${word}"` : '';
  throw usageError(`Unknown command${echoed}. The commands are: ${Object.keys(COMMANDS).join(', ')}.`);
}

function checkOptionsBelongTo(command: CommandName | null, values: Map<string, string | boolean>): CommandError[] {
  const commandOptions: Record<string, OptionDefinition> = command === null ? {} : COMMANDS[command].options;
  const problems: CommandError[] = [];

  for (const name of values.keys()) {
    if (Object.hasOwn(COMMON_OPTIONS, name) || Object.hasOwn(commandOptions, name)) {
      continue;
    }

    problems.push(
      command === null
        ? usageError(`The option --${name} needs a command; the guided flow does not take it.`)
        : usageError(`The option --${name} is not valid for ${command}.`, command),
    );
  }

  return problems;
}

function checkPositionals(command: CommandName | null, positionals: string[]): CommandError[] {
  if (command === 'login' && positionals.length > 0) {
    return [new CommandError('usage', ExitCode.usage, `login takes no arguments. ${TOKEN_IN_ARGUMENTS_MESSAGE}`)];
  }

  if (command === 'help') {
    const [topic] = positionals;
    if (topic !== undefined && !isCommandName(topic)) {
      return [usageError(`There is no command of that name. The commands are: ${Object.keys(COMMANDS).join(', ')}.`)];
    }
  }

  const definition: CommandDefinition | null = command === null ? null : COMMANDS[command];
  const names = definition?.positionals ?? [];
  const required = names.filter((name) => !name.endsWith('?'));

  // Argument values are never echoed: a token pasted in the wrong place must not be shown.
  if (positionals.length > names.length) {
    const expected = names.length === 0 ? 'no arguments' : `at most ${names.length} argument${names.length === 1 ? '' : 's'}`;
    const given = `${positionals.length} ${positionals.length === 1 ? 'was' : 'were'} given`;
    return [usageError(`${command} takes ${expected}, but ${given}.`, command)];
  }

  const missing = required.slice(positionals.length);
  if (missing.length > 0) {
    return [usageError(`${command} is missing ${missing.join(' ')}.`, command)];
  }

  return [];
}

function toCommandLineOptions(values: Map<string, string | boolean>): CommandLineOptions {
  const text = (name: string): string | undefined => {
    const value = values.get(name);
    return typeof value === 'string' ? value : undefined;
  };
  const flag = (name: string): boolean => values.get(name) === true;

  return {
    profile: text('profile'),
    apiUrl: text('api-url'),
    json: flag('json'),
    noColor: flag('no-color'),
    debug: flag('debug'),
    demo: flag('demo'),
    help: flag('help'),
    version: flag('version'),
    withToken: flag('with-token'),
    yes: flag('yes'),
    force: flag('force'),
    filter: text('filter'),
    org: text('org'),
    name: text('name'),
    output: text('output'),
  };
}

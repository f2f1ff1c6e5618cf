import { Box, Text, useApp } from 'ink';
import { useEffect, useMemo, useReducer } from 'react';

import type { SiroApi } from './api/siro-api.js';
import { ClippedAbove } from './components/clipped-above.js';
import { Header, headerLineCount, type HeaderProps } from './components/header.js';
import { KeychainWarning } from './components/keychain-warning.js';
import { Spinner } from './components/spinner.js';
import { ThemeContext, themeFor, type Theme } from './components/theme.js';
import { ExitCode, isStopExitCode } from './exit-codes.js';
import type { FlowDispatch } from './flow/actions.js';
import type { GuidedFlowOptions } from './flow/guided-flow-options.js';
import type { InterruptSource } from './flow/interrupts.js';
import { flowReducer } from './flow/reducer.js';
import { initialFlowState, type FlowState, type StepKind } from './flow/state.js';
import { describeUnsavedToken } from './flow/unsaved-token-note.js';
import { KeyPressRouterProvider } from './hooks/key-press-router.js';
import { useKeyPresses } from './hooks/use-key-presses.js';
import { useOrganizationPages } from './hooks/use-organization-pages.js';
import { useStartupToken } from './hooks/use-startup-token.js';
import { useTerminalSize } from './hooks/use-terminal-size.js';
import { useTokenCheck } from './hooks/use-token-check.js';
import { ConfirmCreateScreen } from './screens/confirm-create.js';
import { OrganizationMenuScreen } from './screens/organization-menu.js';
import { OrganizationPickerScreen } from './screens/organization-picker.js';
import { RevokeTokenScreen } from './screens/revoke-token.js';
import { SaveTokenScreen } from './screens/save-token.js';
import {
  TokenBusyScreen,
  TokenCheckFailedScreen,
  TokenNotStoredScreen,
  TokenRejectedScreen,
} from './screens/token-check.js';
import { TokenEntryScreen } from './screens/token-entry.js';
import { TokenListScreen } from './screens/token-list.js';
import { TokenNameScreen } from './screens/token-name.js';
import { TokenResultScreen } from './screens/token-result.js';
import { suggestTokenName } from './text/token-name.js';

export interface AppProps {
  options: GuidedFlowOptions;

  /** Called once with the exit code, just before the app unmounts. */
  onExit: (code: ExitCode) => void;

  /** Process signals to treat like Ctrl+C. */
  interrupts?: InterruptSource;

  /** Defaults to the theme for `process.env` (NO_COLOR, TERM=dumb) and `options.color`. */
  theme?: Theme;
}

/** The screens before and during sign-in: only these show a keychain problem in full. */
const SIGN_IN_STEPS: ReadonlySet<StepKind> = new Set<StepKind>([
  'reading-token',
  'enter-token',
  'checking-token',
  'token-rejected',
  'token-check-failed',
  'token-not-stored',
]);

// Below this many rows the header leaves out its blank line.
const COMPACT_HEADER_BELOW_ROWS = 20;

/**
 * Renders the guided flow. The root owns the flow state, runs the sign-in
 * and organization loading, maps the current step to its screen, and ends
 * the app with an exit code. Ctrl+C and interrupts end it with 130 after one
 * more render with the token masked.
 */
export function App(props: AppProps) {
  return (
    <KeyPressRouterProvider>
      <FlowRoot {...props} />
    </KeyPressRouterProvider>
  );
}

function FlowRoot({ options, onExit, interrupts, theme }: AppProps) {
  const [state, dispatch] = useReducer(flowReducer, initialFlowState);
  const { exit } = useApp();
  const { rows, columns } = useTerminalSize();
  const { services, profile } = options;

  const tokenValue = state.signIn?.token.value ?? null;
  const api = useMemo(() => (tokenValue === null ? null : services.connectApi(tokenValue)), [services, tokenValue]);

  useStartupToken(options, dispatch);
  useTokenCheck(state.signIn, api, services.secrets, profile, dispatch);
  useOrganizationPages(state.organizations, api, dispatch);

  useKeyPresses((input, key) => {
    if (key.ctrl && input === 'c') {
      dispatch({ type: 'interrupted' });
    }
  });

  useEffect(() => interrupts?.subscribe((exitCode) => dispatch({ type: 'interrupted', exitCode })), [interrupts]);

  // Runs after the render that masked the token, so the frame Ink leaves on screen is the masked one.
  useEffect(() => {
    if (state.exitCode !== null) {
      onExit(state.exitCode);
      exit();
    }
  }, [state.exitCode, onExit, exit]);

  const suggestion = useMemo(() => suggestTokenName(options.suggestion), [options.suggestion]);
  const keychainWarning = SIGN_IN_STEPS.has(state.step.kind) ? state.keychainProblem : null;
  const interrupted = isStopExitCode(state.exitCode);

  const header: HeaderProps = {
    demo: options.demo !== null,
    profile,
    token: state.step.kind === 'enter-token' ? null : (state.signIn?.token ?? null),
    apiUrl: options.apiUrl,
    identity: state.signIn?.identity ?? null,
    tokenStored: state.signIn?.storedInKeychain ?? false,
    keychainNote: keychainWarning === null ? state.keychainProblem : null,
    compact: rows < COMPACT_HEADER_BELOW_ROWS,
    columns,
  };

  // Ink redraws a frame in place only while it is shorter than the
  // terminal. A taller frame pushes copies of earlier frames, which may show
  // a revealed token, into the scrollback. So the screen gets the lines left
  // after the header and the "Interrupted." line, less the one Ink's cursor takes.
  const screenRows = rows - 1 - headerLineCount(header) - (interrupted ? 1 : 0);

  const screen = (
    <StepScreen state={state} api={api} options={options} suggestion={suggestion} rows={screenRows} dispatch={dispatch} />
  );

  return (
    <ThemeContext.Provider value={theme ?? themeFor(process.env, options.color)}>
      <Box flexDirection="column">
        <Header {...header} />
        {keychainWarning === null ? (
          screen
        ) : (
          <ClippedAbove rows={screenRows} above={<KeychainWarning problem={keychainWarning} />}>
            {screen}
          </ClippedAbove>
        )}
        {interrupted && <Text>Interrupted.</Text>}
      </Box>
    </ThemeContext.Provider>
  );
}

interface StepScreenProps {
  state: FlowState;
  api: SiroApi | null;
  options: GuidedFlowOptions;
  suggestion: string;

  /** Terminal lines the screen may take. */
  rows: number;

  dispatch: FlowDispatch;
}

function StepScreen({ state, api, options, suggestion, rows, dispatch }: StepScreenProps) {
  const { step, signIn, createdToken } = state;
  const { profile } = options;

  switch (step.kind) {
    case 'reading-token':
      return <TokenBusyScreen activity="reading" />;
    case 'checking-token':
      return <TokenBusyScreen activity="checking" />;
    case 'enter-token':
      return (
        <TokenEntryScreen
          profile={profile}
          rejection={step.rejection}
          replacing={step.replacing}
          draft={step.draft}
          demoToken={options.demo?.orgGroupToken ?? null}
          dispatch={dispatch}
        />
      );
    case 'token-rejected':
      return <TokenRejectedScreen source={step.source} rejection={step.rejection} profile={profile} dispatch={dispatch} />;
    case 'token-check-failed':
      return <TokenCheckFailedScreen error={step.error} source={signIn?.token.source ?? 'entered'} dispatch={dispatch} />;
    case 'token-not-stored':
      return <TokenNotStoredScreen dispatch={dispatch} />;
    case 'pick-organization':
      return <OrganizationPickerScreen organizations={state.organizations} rows={rows} dispatch={dispatch} />;
    case 'organization-menu':
      return <OrganizationMenuScreen organization={step.organization} dispatch={dispatch} />;
    case 'show-token':
      return createdToken === null ? null : (
        <TokenResultScreen
          createdToken={createdToken}
          question={step.question}
          exiting={state.exitCode !== null}
          unsavedNote={describeUnsavedToken(createdToken.created, createdToken.organization, {
            profile,
            apiUrl: options.apiUrl,
            demo: options.demo !== null,
          })}
          rows={rows}
          dispatch={dispatch}
        />
      );
    case 'save-token':
      return createdToken === null ? null : (
        <SaveTokenScreen createdToken={createdToken} files={options.services.files} dispatch={dispatch} />
      );
  }

  // The remaining steps call Siro, and exist only after a token was accepted.
  if (api === null) {
    return <Spinner label="Connecting to Siro…" />;
  }

  switch (step.kind) {
    case 'list-tokens':
      return (
        <TokenListScreen
          organization={step.organization}
          api={api}
          identity={signIn?.identity ?? null}
          rows={rows}
          dispatch={dispatch}
        />
      );
    case 'revoke-token':
      return <RevokeTokenScreen organization={step.organization} token={step.token} api={api} dispatch={dispatch} />;
    case 'name-token':
      return (
        <TokenNameScreen
          organization={step.organization}
          draft={state.tokenNameDraft}
          suggestion={suggestion}
          api={api}
          dispatch={dispatch}
        />
      );
    case 'confirm-create':
      return (
        <ConfirmCreateScreen
          organization={step.organization}
          tokenName={step.tokenName}
          nameWarning={step.nameWarning}
          api={api}
          interrupted={isStopExitCode(state.exitCode)}
          dispatch={dispatch}
        />
      );
  }
}

import type { Services } from '../services.js';
import type { SessionSecretStore } from '../keychain/secret-store.js';

/** What the CLI entry hands to the guided flow after parsing flags and the environment. */
export interface GuidedFlowOptions {
  services: Services & { secrets: SessionSecretStore };

  /** Keychain account name: `default` unless `--profile NAME`; `demo` in demo mode. */
  profile: string;

  /** `SIRO_ORG_GROUP_TOKEN` when set: used instead of the keychain and never stored. */
  environmentToken: string | null;

  apiUrl: { url: string; isDefault: boolean };

  /** Set in demo mode: the token the onboarding screen offers, and the banner is shown. */
  demo: { orgGroupToken: string } | null;

  /** Inputs of the suggested token name; the CLI passes os.userInfo(), os.hostname() and new Date(). */
  suggestion: { user: string; host: string; date: Date };

  /**
   * False for `--no-color`: the screens use no colours. Omitted or true
   * leaves the choice to the environment, where a non-empty `NO_COLOR` or
   * `TERM=dumb` also turns colours off.
   */
  color?: boolean;
}

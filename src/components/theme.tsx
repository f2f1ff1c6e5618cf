import { createContext, useContext } from 'react';

/**
 * Colours and text attributes of the whole app, decided in one place. An
 * undefined colour renders in the terminal's default colour.
 */
export interface Theme {
  accent: string | undefined;
  success: string | undefined;
  warning: string | undefined;
  error: string | undefined;

  /** Whether dimmed text (hints, disabled rows) may use the faint attribute. */
  dim: boolean;
}

const COLOURED: Theme = { accent: 'cyan', success: 'green', warning: 'yellow', error: 'red', dim: true };

/**
 * Picks the theme for an environment and the `--no-color` flag: `color`
 * false (the flag) or `NO_COLOR` (any non-empty value, as no-color.org
 * defines it) turns colour off, and `TERM=dumb` turns off colour and the
 * faint attribute.
 */
export function themeFor(env: NodeJS.ProcessEnv, color = true): Theme {
  const dumbTerminal = env['TERM'] === 'dumb';
  const noColor = !color || (env['NO_COLOR'] ?? '') !== '' || dumbTerminal;

  if (!noColor) {
    return COLOURED;
  }

  return { accent: undefined, success: undefined, warning: undefined, error: undefined, dim: !dumbTerminal };
}

export const ThemeContext = createContext<Theme>(COLOURED);

export function useTheme(): Theme {
  return useContext(ThemeContext);
}

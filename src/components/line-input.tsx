import { Text } from 'ink';
import { useEffect } from 'react';

import { useCurrentState } from '../hooks/use-current-state.js';
import { useInputEvents } from '../hooks/use-key-presses.js';
import { applyInputEvent, lineAtEnd, type LineState } from './line-editing.js';
import { useTheme } from './theme.js';

export interface LineInputProps {
  value: string;
  placeholder?: string;
  focus?: boolean;

  /** Shown in place of each character, for secrets. */
  mask?: string;

  onChange: (value: string) => void;
  onSubmit: (value: string) => void;
}

// Shown in place of a control character, so it takes one column like the others and moves no cursor.
const CONTROL_PLACEHOLDER = '\ufffd';

/**
 * Renders a one-line text input with the usual line-editing keys (see
 * applyInputEvent). It reads each chunk of input whole, so a line pasted or
 * typed with its Enter ("name\r", "  token\n") is submitted at once.
 *
 * The value is controlled: the input reports each change and adopts a
 * value the parent sets to something else.
 */
export function LineInput({ value, placeholder = '', focus = true, mask, onChange, onSubmit }: LineInputProps) {
  const theme = useTheme();
  const [line, readLine, setLine] = useCurrentState<LineState>(lineAtEnd(value));

  useEffect(() => {
    if (readLine().value !== value) {
      setLine(lineAtEnd(value));
    }
  }, [value, readLine, setLine]);

  // Reads the latest line, not the rendered one: a chunk of keys is applied
  // before React renders again, and a second chunk may follow before it does.
  useInputEvents(
    (_input, key, sequence) => {
      const before = readLine();
      const { line: after, submitted } = applyInputEvent(before, sequence, key);

      if (after !== before) {
        setLine(after);
      }
      if (after.value !== before.value) {
        onChange(after.value);
      }
      if (submitted) {
        onSubmit(after.value);
      }
    },
    { isActive: focus },
  );

  const characters = [...line.value].map((character) => mask ?? printable(character));

  if (characters.length === 0 && placeholder !== '') {
    const [first = '', ...rest] = [...placeholder];
    return focus ? (
      <Text>
        <Text inverse>{first}</Text>
        <Text dimColor={theme.dim}>{rest.join('')}</Text>
      </Text>
    ) : (
      <Text dimColor={theme.dim}>{placeholder}</Text>
    );
  }

  if (!focus) {
    return <Text>{characters.join('')}</Text>;
  }

  return (
    <Text>
      {characters.slice(0, line.cursor).join('')}
      <Text inverse>{characters[line.cursor] ?? ' '}</Text>
      {characters.slice(line.cursor + 1).join('')}
    </Text>
  );
}

function printable(character: string): string {
  return /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u.test(character) ? CONTROL_PLACEHOLDER : character;
}

import { Box, Text } from 'ink';
import { useState } from 'react';

import { ErrorNotice } from '../components/error-notice.js';
import { InputRow } from '../components/input-row.js';
import { KeyHints } from '../components/key-hints.js';
import { LineInput } from '../components/line-input.js';
import { Spinner } from '../components/spinner.js';
import { YesNoQuestion } from '../components/yes-no-question.js';
import { defaultTokenFileName } from '../files/default-token-file-name.js';
import { tokenFileFormat } from '../files/token-file-format.js';
import { TokenFileError, type TokenFileWriter } from '../files/token-file-writer.js';
import type { FlowDispatch } from '../flow/actions.js';
import { organizationLabel } from '../flow/organizations.js';
import type { CreatedTokenState } from '../flow/state.js';
import { useKeyPresses } from '../hooks/use-key-presses.js';
import { useTask } from '../hooks/use-task.js';
import { sanitizeTerminalText } from '../text/terminal-text.js';
import { FORMAT_DESCRIPTIONS } from './saved-file.js';

export interface SaveTokenScreenProps {
  createdToken: CreatedTokenState;
  files: TokenFileWriter;
  dispatch: FlowDispatch;
}

/**
 * Asks for a path and saves the token there. An existing file is replaced
 * only after a y/N question; any failure keeps the typed path, and the token
 * stays available on the result screen.
 */
export function SaveTokenScreen({ createdToken, files, dispatch }: SaveTokenScreenProps) {
  const { created, organization } = createdToken;
  const defaultPath = defaultTokenFileName(organizationLabel(organization), created.tokenName);

  const [path, setPath] = useState('');
  const [existingPath, setExistingPath] = useState<string | null>(null);
  const saving = useTask((target: string, overwrite: boolean) => files.write(target, created, { overwrite }));
  const status = saving.state.status;

  const pathFor = (typed: string): string => (typed.trim() === '' ? defaultPath : typed.trim());
  const targetPath = pathFor(path);

  // Takes the typed path as an argument, because a line typed with its Enter
  // in one chunk of input is submitted before `path` is updated.
  const save = async (typed: string, overwrite: boolean): Promise<void> => {
    setExistingPath(null);
    const result = await saving.run(pathFor(typed), overwrite);
    if (result === null) {
      return;
    }
    if (result.ok) {
      dispatch({ type: 'token-saved', saved: result.value });
    } else if (result.error instanceof TokenFileError && result.error.code === 'exists' && !overwrite) {
      setExistingPath(result.error.path);
    }
  };

  useKeyPresses(
    (_input, key) => {
      if (key.escape) {
        dispatch({ type: 'back' });
      }
    },
    { isActive: existingPath === null && status !== 'running' },
  );

  if (status === 'running') {
    return <Spinner label={`Saving the token to ${sanitizeTerminalText(targetPath)}…`} />;
  }

  const failure = saving.state.status === 'failed' && existingPath === null ? saving.state.error : null;

  return (
    <Box flexDirection="column">
      <Text>Save the token to a file. It is created with mode 0600 (readable only by you); ~ is your home folder.</Text>
      <Text>Format for this path: {FORMAT_DESCRIPTIONS[tokenFileFormat(targetPath)]}.</Text>
      <InputRow label="File:">
        <LineInput
          value={path}
          placeholder={defaultPath}
          focus={existingPath === null}
          onChange={(value) => {
            setPath(value);
            saving.cancel();
          }}
          onSubmit={(typed) => void save(typed, false)}
        />
      </InputRow>
      {existingPath !== null && (
        <YesNoQuestion
          yes="replace the file"
          no="keep it and choose another path"
          onAnswer={(yes) => (yes ? void save(path, true) : setExistingPath(null))}
        >
          {sanitizeTerminalText(existingPath)} exists. Replace it?
        </YesNoQuestion>
      )}
      {failure !== null && <ErrorNotice error={failure} />}
      {existingPath === null && (
        <KeyHints
          hints={[
            ['Enter', 'save'],
            ['Esc', 'back to the token'],
          ]}
        />
      )}
    </Box>
  );
}

import TextInput from 'ink-text-input';

export interface LineInputProps {
  value: string;
  placeholder?: string;
  focus?: boolean;
  onChange: (value: string) => void;
  onSubmit: (value: string) => void;
}

/**
 * Renders a one-line text input. ink-text-input 6 inserts a chunk of input
 * such as "name\r" (text and Enter typed fast, or a pasted line) whole,
 * line break included, and never submits it. Here the line breaks are
 * removed, and a chunk that contained one submits the line as Enter would.
 */
export function LineInput({ onChange, onSubmit, ...props }: LineInputProps) {
  const change = (next: string): void => {
    if (!/[\r\n]/.test(next)) {
      onChange(next);
      return;
    }

    const line = next.replace(/[\r\n]/g, '');
    onChange(line);
    onSubmit(line);
  };

  return <TextInput {...props} onChange={change} onSubmit={onSubmit} />;
}

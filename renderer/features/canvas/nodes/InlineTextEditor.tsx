import { useEffect, useRef, useState, type KeyboardEvent } from 'react';

interface InlineTextEditorProps {
  initialText: string;
  ariaLabel: string;
  hint: string;
  /** Multi-line texts (annotations) take Shift+Enter for a new line. */
  multiline?: boolean;
  className?: string;
  onCommit: (text: string) => void;
  onCancel: () => void;
}

/**
 * Edits a label in place: the text starts selected, Enter commits, Escape cancels, and
 * leaving the field commits. Keys do not reach the canvas or the editor's shortcuts.
 */
export function InlineTextEditor({ initialText, ariaLabel, hint, multiline = false, className, onCommit, onCancel }: InlineTextEditorProps) {
  const [text, setText] = useState(initialText);
  const fieldRef = useRef<HTMLTextAreaElement>(null);
  // Escape and Enter end editing before the blur that follows them; blur must not commit again.
  const finished = useRef(false);

  useEffect(() => {
    const field = fieldRef.current;
    if (!field) return;
    field.focus({ preventScroll: true });
    field.select();
  }, []);

  const finish = (commit: boolean): void => {
    if (finished.current) return;
    finished.current = true;
    if (commit) onCommit(text);
    else onCancel();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>): void => {
    event.stopPropagation();
    if (event.key === 'Escape') {
      event.preventDefault();
      finish(false);
    } else if (event.key === 'Enter' && !(multiline && event.shiftKey)) {
      event.preventDefault();
      finish(true);
    }
  };

  return (
    <textarea
      ref={fieldRef}
      className={`inline-editor nodrag nopan nowheel ${className ?? ''}`}
      value={text}
      aria-label={ariaLabel}
      title={hint}
      rows={multiline ? 4 : 2}
      onChange={(event) => setText(multiline ? event.target.value : event.target.value.replace(/\n/g, ' '))}
      onKeyDown={onKeyDown}
      onBlur={() => finish(true)}
      onDoubleClick={(event) => event.stopPropagation()}
    />
  );
}

import { useTranslation } from 'react-i18next';
import { useCanvasEditing } from '../canvasEditing';
import { InlineTextEditor } from './InlineTextEditor';

/** The text of a note or kaizen burst, or its inline editor (double-click, F2). */
export function AnnotationText({ nodeId, text, editing }: { nodeId: string; text: string; editing: boolean }) {
  const { t } = useTranslation('canvas');
  const { commitText, cancelEditing } = useCanvasEditing();
  if (editing) {
    return (
      <InlineTextEditor
        initialText={text}
        multiline
        className="inline-editor--annotation"
        ariaLabel={t('annotation.textInput')}
        hint={t('step.editHint')}
        onCommit={(value) => commitText(nodeId, value)}
        onCancel={cancelEditing}
      />
    );
  }
  if (text.trim() === '') return <span className="annotation__text annotation__text--empty">{t('annotation.placeholder')}</span>;
  return (
    <span className="annotation__text" title={text}>
      {text}
    </span>
  );
}

import { useTranslation } from 'react-i18next';
import { useCanvasEditing } from '../canvasEditing';
import { InlineTextEditor } from './InlineTextEditor';

/** A step's name, or the inline editor for it while it is being renamed (double-click, F2). */
export function StepLabel({ nodeId, label, editing, className }: { nodeId: string; label: string; editing: boolean; className: string }) {
  const { t } = useTranslation('canvas');
  const { commitText, cancelEditing } = useCanvasEditing();
  if (editing) {
    return (
      <InlineTextEditor
        initialText={label}
        ariaLabel={t('step.labelInput')}
        hint={t('step.editHint')}
        onCommit={(text) => commitText(nodeId, text)}
        onCancel={cancelEditing}
      />
    );
  }
  const shown = label.trim() === '' ? t('step.unnamed') : label;
  return (
    <span className={className} title={shown}>
      {shown}
    </span>
  );
}

import { useTranslation } from 'react-i18next';
import type { Annotation } from '../../../shared/model/types';
import { ANNOTATION_KINDS } from '../../../shared/model/vocabulary';
import { SelectField } from './fields/SelectField';
import { TextField } from './fields/TextField';
import { usePanelEditing } from './usePanelEditing';

/** A note or kaizen burst on the canvas: its kind and text. */
export function AnnotationInspector({ annotation }: { annotation: Annotation }) {
  const { t } = useTranslation('panels');
  const editing = usePanelEditing();
  return (
    <section className="sl-inspector__section" aria-labelledby={`inspector-annotation-${annotation.id}`} data-testid="annotation-inspector">
      <h2 className="sl-inspector__heading" id={`inspector-annotation-${annotation.id}`}>
        {t('inspector.annotationHeading')}
      </h2>
      <SelectField
        label={t('annotation.kind')}
        tip={t('annotation.kindTip')}
        value={annotation.kind}
        options={ANNOTATION_KINDS.map((kind) => ({ value: kind, label: t(`annotation.kinds.${kind}`) }))}
        onChange={(kind) => editing.commit({ type: 'annotation/update', target: editing.target, annotationId: annotation.id, patch: { kind } })}
        testId="field-annotationKind"
      />
      <TextField
        label={t('annotation.text')}
        value={annotation.text}
        multiline
        onCommit={(text) =>
          editing.commit({ type: 'annotation/update', target: editing.target, annotationId: annotation.id, patch: { text } }, `${annotation.id}:text`)
        }
        onEditEnd={editing.endEdit}
        testId="field-annotationText"
      />
    </section>
  );
}

import { memo, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PALETTE_KINDS, isAnnotationKind, type PaletteKind } from '../../../shared/model/elements';
import { ValueTypeLegend } from './ValueTypeLegend';

/** The drag-and-drop type of palette items; its payload is a PaletteKind. */
export const PALETTE_MIME = 'application/x-stroomlijn-palette';

function PaletteGlyph({ kind }: { kind: PaletteKind }) {
  switch (kind) {
    case 'activity':
      return (
        <svg viewBox="0 0 40 28" aria-hidden="true">
          <rect x="2" y="2" width="36" height="24" rx="3" className="glyph glyph--box" />
          <line x1="2" y1="11" x2="38" y2="11" className="glyph glyph--line" />
        </svg>
      );
    case 'decision':
      return (
        <svg viewBox="0 0 40 28" aria-hidden="true">
          <polygon points="20,1 37,14 20,27 3,14" className="glyph glyph--box" />
        </svg>
      );
    case 'parallel':
      // The parallel gateway: the decision's diamond with a plus (as on the canvas and in the plan).
      return (
        <svg viewBox="0 0 40 28" aria-hidden="true">
          <polygon points="20,1 37,14 20,27 3,14" className="glyph glyph--box" />
          <path d="M13 14H27M20 7V21" className="glyph glyph--line" />
        </svg>
      );
    case 'end':
      return (
        <svg viewBox="0 0 40 28" aria-hidden="true">
          <rect x="2" y="5" width="36" height="18" rx="9" className="glyph glyph--pill" />
        </svg>
      );
    case 'note':
      return (
        <svg viewBox="0 0 40 28" aria-hidden="true">
          <path d="M6 2h28v18l-6 6H6z" className="glyph glyph--note" />
        </svg>
      );
    case 'kaizen':
      return (
        <svg viewBox="0 0 40 28" aria-hidden="true">
          <polygon points="20,1 24,8 33,4 29,11 38,14 29,17 33,24 24,20 20,27 16,20 7,24 11,17 2,14 11,11 7,4 16,8" className="glyph glyph--burst" />
        </svg>
      );
  }
}

/**
 * The element palette: drag an item onto a lane (the drop point decides the lane and
 * place), or click it to add it after the selected step or in the middle of the view.
 * Below it, the legend of the value-type colours.
 */
function PaletteView({ onAdd, stepsDisabled }: { onAdd: (kind: PaletteKind) => void; stepsDisabled: boolean }) {
  const { t } = useTranslation('canvas');
  const onDragStart = (event: DragEvent<HTMLButtonElement>, kind: PaletteKind): void => {
    event.dataTransfer.setData(PALETTE_MIME, kind);
    event.dataTransfer.effectAllowed = 'copy';
  };
  return (
    <nav className="palette" aria-label={t('palette.title')}>
      <h2 className="palette__title">{t('palette.title')}</h2>
      <ul className="palette__items">
        {PALETTE_KINDS.map((kind) => {
          const name = t(`palette.${kind}`);
          // A step needs a lane; notes and kaizen bursts do not.
          const disabled = stepsDisabled && !isAnnotationKind(kind);
          return (
            <li key={kind}>
              <button
                type="button"
                className={`palette__item palette__item--${kind}`}
                draggable={!disabled}
                disabled={disabled}
                aria-label={t('palette.addAria', { kind: name })}
                title={kind === 'parallel' ? t('palette.parallelHint') : t('palette.hint')}
                data-palette-kind={kind}
                onDragStart={(event) => onDragStart(event, kind)}
                onClick={() => onAdd(kind)}
              >
                <PaletteGlyph kind={kind} />
                <span>{name}</span>
              </button>
            </li>
          );
        })}
      </ul>
      <p className="palette__hint">{t('palette.hint')}</p>
      <ValueTypeLegend />
    </nav>
  );
}

export const Palette = memo(PaletteView);

import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanGap } from '../../../shared/plan/planGaps';
import { ModalDialog } from '../../base/ui/ModalDialog';
import type { ExportController, PlanGapItem } from './exportController';

/** At most this many names under a line; the rest is counted ("and 3 more"). */
const NAMES_SHOWN = 2;
/** A long action title is cut here, so the list stays a list (the whole title is in the panel). */
const NAME_CHARS = 70;

const shortName = (name: string): string => (name.length > NAME_CHARS ? `${name.slice(0, NAME_CHARS - 1).trimEnd()}…` : name);

interface PlanChecklistProps {
  exports: ExportController;
  onClose: () => void;
  /** Closes the export and opens the place where the gap is filled in. */
  onFix: (gap: PlanGap) => void;
  /** The export choices, shown once nothing is missing or the user chose to export anyway. */
  children: ReactNode;
}

/**
 * The step before the export choices (issue 11 item 9): what the plan still lacks, in plain
 * words, each with a button that takes the user to where it is filled in, or "export anyway".
 * A plan that lacks nothing goes straight to the choices.
 */
export function PlanChecklist({ exports, onClose, onFix, children }: PlanChecklistProps) {
  const { t } = useTranslation('export');
  const [items, setItems] = useState<PlanGapItem[] | null>(null);
  const [anyway, setAnyway] = useState(false);

  useEffect(() => {
    let live = true;
    exports.planGaps().then(
      (gaps) => live && setItems(gaps),
      // The checklist is a help, never a wall: when it cannot be made, the export still can.
      () => live && setItems([]),
    );
    return () => {
      live = false;
    };
  }, [exports]);

  if (items === null) return null;
  if (items.length === 0 || anyway) return <>{children}</>;
  return (
    <ModalDialog
      testId="plan-checklist-dialog"
      title={t('checklist.title')}
      onCancel={onClose}
      buttons={
        <>
          <button type="button" className="sl-button" onClick={onClose}>
            {t('cancel')}
          </button>
          <button type="button" className="sl-button sl-button--primary" data-testid="plan-checklist-anyway" onClick={() => setAnyway(true)}>
            {t('checklist.anyway')}
          </button>
        </>
      }
    >
      <p>{t('checklist.intro')}</p>
      <ul className="sl-checklist">
        {items.map(({ gap, names }) => (
          <li key={gap.kind} className="sl-checklist__item" data-testid="plan-gap" data-gap={gap.kind}>
            <div className="sl-checklist__text">
              <span className="sl-checklist__line">{t(`checklist.gaps.${gap.kind}`, { count: Math.max(1, names.length) })}</span>
              {names.length > 0 ? (
                <small className="sl-checklist__names">
                  {names.slice(0, NAMES_SHOWN).map((name) => `‘${shortName(name)}’`).join(', ')}
                  {names.length > NAMES_SHOWN ? ` ${t('checklist.more', { count: names.length - NAMES_SHOWN })}` : ''}
                </small>
              ) : null}
            </div>
            <button type="button" className="sl-button" data-testid={`plan-gap-fix-${gap.kind}`} onClick={() => onFix(gap)}>
              {t(`checklist.fix.${gap.kind}`)}
            </button>
          </li>
        ))}
      </ul>
    </ModalDialog>
  );
}

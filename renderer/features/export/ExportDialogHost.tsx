import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanGap } from '../../../shared/plan/planGaps';
import { useSession, useSessionState } from '../../base/hooks';
import { uiLanguageOf } from '../../base/i18n';
import type { SessionStore } from '../../base/session/sessionStore';
import './export.css';
import type { ExportController } from './exportController';
import { PlanChecklist } from './PlanChecklist';

// The dialogs (and the plan code behind them) load when first opened, not with the editor.
const ExportImageDialog = lazy(() => import('./ExportImageDialog').then((module) => ({ default: module.ExportImageDialog })));
const ExportPlanDialog = lazy(() => import('./ExportPlanDialog').then((module) => ({ default: module.ExportPlanDialog })));

/** How long "fill in" waits for the field it opened to appear (the panel may load lazily). */
const FOCUS_WAIT_FRAMES = 120;

/** Focuses (and scrolls to) the first element matching `selector` once it is on screen. */
function focusWhenShown(selector: string): void {
  let frames = 0;
  const attempt = (): void => {
    const element = document.querySelector<HTMLElement>(selector);
    if (element) {
      element.scrollIntoView({ block: 'center' });
      element.focus();
      return;
    }
    if (++frames < FOCUS_WAIT_FRAMES) requestAnimationFrame(attempt);
  };
  requestAnimationFrame(attempt);
}

/** Opens the panel where `gap` is filled in, on the current state, with its field focused. */
export function openGapPlace(session: SessionStore, gap: PlanGap): void {
  session.setExportDialog(null);
  session.setView('current');
  switch (gap.kind) {
    case 'title':
    case 'background':
    case 'goal': {
      // All three are about the whole map: its panel shows when nothing is selected.
      session.clearSelection();
      session.revealPanel('properties');
      const field = { title: '[data-testid="field-title"] input', background: '[data-testid="field-description"] textarea', goal: '[data-testid="field-goal-text"] textarea' };
      focusWhenShown(field[gap.kind]);
      return;
    }
    case 'owners':
    case 'due-dates': {
      const actionId = gap.actionIds[0];
      if (actionId !== undefined) session.openAction({ kind: 'action', actionId }, { reveal: true });
      focusWhenShown(gap.kind === 'owners' ? '[data-testid="action-owner"]' : '[data-testid="action-due-date"]');
      return;
    }
    case 'causes': {
      const findingId = gap.findingIds[0];
      session.clearSelection();
      session.revealPanel('findings');
      if (findingId === undefined) return;
      // The highlighted card opens its "why?" chain.
      session.highlightFinding(findingId);
      focusWhenShown(`[data-finding-id="${CSS.escape(findingId)}"] [data-testid="why-input-0"]`);
      return;
    }
  }
}

/** Shows the export dialog File → Export plan / Export image opened (session state), if any. */
export function ExportDialogHost({ exports, platform, onMapInstead }: { exports: ExportController; platform: 'electron' | 'browser'; onMapInstead?: () => void }) {
  const { i18n } = useTranslation('export');
  const session = useSession();
  const open = useSessionState((state) => state.exportDialog);
  const close = (): void => session.setExportDialog(null);
  const dialog =
    open === 'plan' ?
      <PlanChecklist exports={exports} onClose={close} onFix={(gap) => openGapPlace(session, gap)}>
        <ExportPlanDialog exports={exports} platform={platform} onClose={close} onImageInstead={() => session.setExportDialog('image')} {...(onMapInstead ? { onMapInstead: () => { close(); onMapInstead(); } } : {})} />
      </PlanChecklist>
    : open === 'image' ? <ExportImageDialog exports={exports} uiLanguage={uiLanguageOf(i18n)} onClose={close} />
    : null;
  return dialog ? <Suspense fallback={null}>{dialog}</Suspense> : null;
}

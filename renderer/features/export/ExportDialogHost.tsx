import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession, useSessionState } from '../../base/hooks';
import { uiLanguageOf } from '../../base/i18n';
import './export.css';
import type { ExportController } from './exportController';

// The dialogs (and the plan code behind them) load when first opened, not with the editor.
const ExportImageDialog = lazy(() => import('./ExportImageDialog').then((module) => ({ default: module.ExportImageDialog })));
const ExportPlanDialog = lazy(() => import('./ExportPlanDialog').then((module) => ({ default: module.ExportPlanDialog })));

/** Shows the export dialog File → Export plan / Export image opened (session state), if any. */
export function ExportDialogHost({ exports, platform, onMapInstead }: { exports: ExportController; platform: 'electron' | 'browser'; onMapInstead?: () => void }) {
  const { i18n } = useTranslation('export');
  const session = useSession();
  const open = useSessionState((state) => state.exportDialog);
  const close = (): void => session.setExportDialog(null);
  const dialog =
    open === 'plan' ? <ExportPlanDialog exports={exports} platform={platform} onClose={close} onImageInstead={() => session.setExportDialog('image')} {...(onMapInstead ? { onMapInstead: () => { close(); onMapInstead(); } } : {})} />
    : open === 'image' ? <ExportImageDialog exports={exports} uiLanguage={uiLanguageOf(i18n)} onClose={close} />
    : null;
  return dialog ? <Suspense fallback={null}>{dialog}</Suspense> : null;
}

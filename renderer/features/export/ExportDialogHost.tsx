import { useTranslation } from 'react-i18next';
import { useSession, useSessionState } from '../../base/hooks';
import { uiLanguageOf } from '../../base/i18n';
import './export.css';
import type { ExportController } from './exportController';
import { ExportImageDialog } from './ExportImageDialog';
import { ExportPlanDialog } from './ExportPlanDialog';

/** Shows the export dialog File → Export plan / Export image opened (session state), if any. */
export function ExportDialogHost({ exports, platform }: { exports: ExportController; platform: 'electron' | 'browser' }) {
  const { i18n } = useTranslation('export');
  const session = useSession();
  const open = useSessionState((state) => state.exportDialog);
  const close = (): void => session.setExportDialog(null);
  if (open === 'plan') return <ExportPlanDialog exports={exports} platform={platform} onClose={close} onImageInstead={() => session.setExportDialog('image')} />;
  if (open === 'image') return <ExportImageDialog exports={exports} uiLanguage={uiLanguageOf(i18n)} onClose={close} />;
  return null;
}

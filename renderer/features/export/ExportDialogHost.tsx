import { useCallback, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { uiLanguageOf } from '../../base/i18n';
import './export.css';
import type { ExportController } from './exportController';
import { ExportImageDialog } from './ExportImageDialog';
import { ExportPlanDialog } from './ExportPlanDialog';

/** Shows the export dialog File → Export plan / Export image opened, if any. */
export function ExportDialogHost({ controller, platform }: { controller: ExportController; platform: 'electron' | 'browser' }) {
  const { i18n } = useTranslation('export');
  const subscribe = useCallback((listener: () => void) => controller.subscribe(listener), [controller]);
  const getOpen = useCallback(() => controller.getOpenDialog(), [controller]);
  const open = useSyncExternalStore(subscribe, getOpen, getOpen);
  const uiLanguage = uiLanguageOf(i18n);
  if (open === 'plan') return <ExportPlanDialog controller={controller} platform={platform} />;
  if (open === 'image') return <ExportImageDialog controller={controller} uiLanguage={uiLanguage} />;
  return null;
}

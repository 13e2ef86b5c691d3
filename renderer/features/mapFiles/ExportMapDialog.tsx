import './mapFiles.css';
import { useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { MAP_EXPORTERS } from '../../../shared/formats/mapConverters';
import type { ExportFileKind, StroomlijnBridge } from '../../../shared/ipc/contract';
import type { ProcessMap } from '../../../shared/model/types';
import type { Language } from '../../../shared/model/vocabulary';
import { ModalDialog } from '../../base/ui/ModalDialog';
import { createSubscribers } from '../../base/store/subscribers';

/** The map formats this dialog writes, by export kind, with the registry's format id. */
const MAP_EXPORT_KINDS = [
  { kind: 'bpmn', formatId: 'bpmn' },
  { kind: 'xlsx', formatId: 'steps-xlsx' },
  { kind: 'csv', formatId: 'steps-csv' },
] as const satisfies readonly { kind: ExportFileKind; formatId: keyof typeof MAP_EXPORTERS }[];
type MapExportKind = (typeof MAP_EXPORT_KINDS)[number]['kind'];

/** Whether "Map as file" is open: a tiny store the command opens and the host shows. */
export interface MapExportStore {
  isOpen: () => boolean;
  open: () => void;
  close: () => void;
  subscribe: (listener: () => void) => () => void;
}

export function createMapExportStore(): MapExportStore {
  let openNow = false;
  const subscribers = createSubscribers();
  const set = (value: boolean) => {
    openNow = value;
    subscribers.notify();
  };
  return { isOpen: () => openNow, open: () => set(true), close: () => set(false), subscribe: subscribers.subscribe };
}

/** Writes the map in the chosen format and saves it where the user chooses (Electron's save dialog, the browser's download). */
export async function saveMapAs(map: ProcessMap, kind: MapExportKind, language: Language, bridge: Pick<StroomlijnBridge, 'exportFile'>) {
  const entry = MAP_EXPORT_KINDS.find((candidate) => candidate.kind === kind);
  const load = entry ? MAP_EXPORTERS[entry.formatId] : undefined;
  if (!load) return { ok: false as const, reason: 'failed' as const, message: kind };
  const exporter = await load();
  const content = await exporter(map, { language });
  const suggestedName = (map.meta.title.trim() || 'kaart').replace(/[\\/:*?"<>|]+/g, '-').slice(0, 200);
  return bridge.exportFile({ suggestedName, kind, content });
}

/** "Kaart als bestand": the current state as BPMN or as a step list (CSV, .xlsx). */
export function ExportMapDialogHost({ store, map, language, bridge }: { store: MapExportStore; map: () => ProcessMap; language: Language; bridge: Pick<StroomlijnBridge, 'exportFile'> }) {
  const open = useSyncExternalStore(store.subscribe, store.isOpen);
  const { t } = useTranslation('mapFiles');
  const [kind, setKind] = useState<MapExportKind>('bpmn');
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (!open) return null;
  const close = () => {
    setStatus(null);
    store.close();
  };
  const save = async () => {
    setBusy(true);
    try {
      const result = await saveMapAs(map(), kind, language, bridge);
      if (result.ok) setStatus(t('exportDone', { file: result.fileName }));
      else if (result.reason === 'failed') setStatus(t('exportFailed', { message: result.message }));
    } catch (error) {
      setStatus(t('exportFailed', { message: error instanceof Error ? error.message : String(error) }));
    } finally {
      setBusy(false);
    }
  };
  return (
    <ModalDialog
      testId="export-map-dialog"
      title={t('exportTitle')}
      onCancel={close}
      buttons={
        <>
          <button type="button" className="sl-button" onClick={close}>
            {status === null ? t('cancel') : t('close')}
          </button>
          <button type="button" className="sl-button sl-button--primary" disabled={busy} onClick={() => void save()}>
            {t('exportSave')}
          </button>
        </>
      }
    >
      <p>{t('exportIntro')}</p>
      <fieldset className="sl-map-export__choices">
        <legend className="sl-visually-hidden">{t('exportTitle')}</legend>
        {MAP_EXPORT_KINDS.map((entry) => (
          <label key={entry.kind}>
            <input type="radio" name="map-export-kind" value={entry.kind} checked={kind === entry.kind} onChange={() => setKind(entry.kind)} /> {t(`exportChoice.${entry.kind}`)}
          </label>
        ))}
      </fieldset>
      {status !== null && (
        <p role="status" className="sl-map-export__status">
          {status}
        </p>
      )}
    </ModalDialog>
  );
}

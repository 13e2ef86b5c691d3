import './mapFiles.css';
import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { renderTextMessage } from '../../../shared/i18n/textMessage';
import type { StepListPreview } from '../../../shared/formats/steps/importStepList';
import { ModalDialog } from '../../base/ui/ModalDialog';
import { MapPreview } from '../../base/ui/MapPreview';
import type { MapImportController, OpenImport } from './mapImportController';

/** At most this many row problems are listed in the preview; the report names them all (up to its own limit). */
const LISTED_PROBLEMS = 50;

function ColumnsTable({ preview }: { preview: StepListPreview }) {
  const { t } = useTranslation('mapFiles');
  return (
    <section className="sl-map-import__section">
      <h3>{t('columnsTitle')}</h3>
      <table className="sl-map-import__columns" data-testid="import-columns">
        <thead>
          <tr>
            <th scope="col">{t('columnHeader')}</th>
            <th scope="col">{t('columnMeaning')}</th>
          </tr>
        </thead>
        <tbody>
          {preview.columns.map((column) => (
            <tr key={column.index} className={column.column === null ? 'sl-map-import__unused' : undefined}>
              <td>{column.header}</td>
              <td>
                {column.column === null
                  ? t(column.unused === 'repeated' ? 'notUsedRepeated' : 'notUsed')
                  : column.unit !== undefined && column.unit !== 'minutes'
                    ? t('unitOfBareNumbers', { column: t(`column.${column.column}`), unit: t(`unit.${column.unit}`) })
                    : t(`column.${column.column}`)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="sl-map-import__hint">
        {t('numbersAs', { language: t(`numberLanguage.${preview.numberLanguage}`), example: t(`numberExample.${preview.numberLanguage}`) })}{' '}
        {t(preview.completeAccurateAsFractions ? 'fractions' : 'percentages')}
      </p>
    </section>
  );
}

function RowProblems({ preview }: { preview: StepListPreview }) {
  const { t } = useTranslation('mapFiles');
  const { t: formats } = useTranslation('formats');
  if (preview.problemCount === 0) return <p data-testid="import-problems">{t('noProblems')}</p>;
  return (
    <section className="sl-map-import__section" data-testid="import-problems">
      <h3>{t('problemsTitle', { count: preview.problemCount })}</h3>
      <p>{t('problemsIntro')}</p>
      <ul className="sl-map-import__problems">
        {preview.problems.slice(0, LISTED_PROBLEMS).map((problem, index) => (
          <li key={index}>{formats('report.rowProblem', { row: problem.row, column: problem.column, problem: renderTextMessage(problem.message, formats) })}</li>
        ))}
      </ul>
      {preview.problemCount > LISTED_PROBLEMS && <p>{t('problemsMore', { count: preview.problemCount - LISTED_PROBLEMS })}</p>}
    </section>
  );
}

/** The process the import takes without a choice: the one with the most parts (the first of equals), as importBpmn does. */
function defaultProcessId(open: OpenImport): string {
  return open.processes.reduce((best, process) => (process.flowNodes > best.flowNodes ? process : best), open.processes[0] ?? { id: '', name: '', flowNodes: 0 }).id;
}

function ImportMapDialog({ controller, open }: { controller: MapImportController; open: OpenImport }) {
  const { t } = useTranslation('mapFiles');
  const { t: formats } = useTranslation('formats');
  const { result } = open;
  const counts = result?.ok ? result.report.counts : null;
  return (
    <ModalDialog
      testId="import-map-dialog"
      title={t('importTitle', { file: open.fileName })}
      onCancel={() => controller.close()}
      buttons={
        <>
          <button type="button" className="sl-button" onClick={() => controller.close()}>
            {t('cancel')}
          </button>
          <button type="button" className="sl-button sl-button--primary" disabled={!result?.ok} onClick={() => void controller.confirm()}>
            {t('import')}
          </button>
        </>
      }
    >
      {/* The preview scrolls inside the dialog, so Import and Cancel stay in view on a 1280 × 800 screen. */}
      <div className="sl-map-import__scroll">
      <p>{t('format', { format: formats(`name.${open.format.id}`) })}</p>
      {open.processes.length > 1 && (
        <label className="sl-map-import__process">
          {t('processLabel')}{' '}
          <select value={open.processId ?? defaultProcessId(open)} onChange={(event) => void controller.chooseProcess(event.target.value)} data-testid="import-process">
            {open.processes.map((process) => (
              <option key={process.id} value={process.id}>
                {t('processOption', { name: process.name, count: process.flowNodes })}
              </option>
            ))}
          </select>
        </label>
      )}
      {result === null && <p role="status">{t('reading')}</p>}
      {result && !result.ok && (
        <p role="alert" className="sl-map-import__failure">
          {formats(`error.${result.failure.code}`, result.failure.params)}
        </p>
      )}
      {result?.preview && <ColumnsTable preview={result.preview} />}
      {result?.preview && <RowProblems preview={result.preview} />}
      {result?.ok && counts && (
        <section className="sl-map-import__section">
          <p>
            {t('willCreate', {
              summary: [formats('report.lanes', { count: counts.lanes }), formats('report.steps', { count: counts.steps }), formats('report.flows', { count: counts.flows })].join(', '),
            })}
          </p>
          <div className="sl-map-import__picture">
            <MapPreview state={result.map} label={t('previewLabel')} />
          </div>
        </section>
      )}
      </div>
    </ModalDialog>
  );
}

/** Shows the Import… preview while a file is open in the controller. */
export function ImportMapDialogHost({ controller }: { controller: MapImportController }) {
  const open = useSyncExternalStore(controller.subscribe, controller.getOpen);
  return open ? <ImportMapDialog controller={controller} open={open} /> : null;
}

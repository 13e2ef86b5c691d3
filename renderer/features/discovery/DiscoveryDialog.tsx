import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  checkColumnMapping,
  createFollowUp,
  DEFAULT_CALENDAR,
  describeMappingProblem,
  describeReadProblem,
  NO_FILTERS,
  type ColumnMapping,
  type DiscoveryFilters,
  type DiscoveryNote,
  type LogPreview,
  type LogStatistics,
  type ReadProgress,
  type WorkingCalendar,
} from '../../../shared/discovery';
import type { SimulationCheck } from '../../../shared/discovery/checkSimulation';
import { formatNumber, formatPercent } from '../../../shared/i18n/format';
import type { ProcessMap } from '../../../shared/model/types';
import { useUiLanguage } from '../../base/i18n/useUiLanguage';
import { ModalDialog } from '../../base/ui/ModalDialog';
import { ColumnMappingForm } from './ColumnMappingForm';
import type { DiscoveryController, OpenDiscovery } from './discoveryController';
import type { DiscoveryJob } from './discoveryClient';
import type { JobResult } from './discoveryProtocol';
import { LogStatisticsView } from './LogStatisticsView';
import { SimulationCheckTable } from './SimulationCheckTable';
import { StatisticsSettings } from './StatisticsSettings';
import './discovery.css';

type Phase =
  | { kind: 'preview' }
  | { kind: 'mapping' }
  | { kind: 'reading'; progress: ReadProgress | null }
  | { kind: 'statistics' }
  | { kind: 'making' }
  | { kind: 'done'; map: ProcessMap; check: SimulationCheck }
  | { kind: 'failed'; lines: string[]; canGoBack: boolean };

/**
 * Import event log… (issue 16): preview and column mapping, reading in the worker with a
 * progress bar and Cancel, the statistics with the calendar and filters (live counts), then
 * the map with its check against the simulation, or for the follow-up the measured figures
 * kept in the map. Every step runs in the discovery worker; this component only asks.
 */
export function DiscoveryDialog({ controller, open }: { controller: DiscoveryController; open: OpenDiscovery }) {
  const { t } = useTranslation('importLog');
  const language = useUiLanguage();
  const { client, host } = controller;
  const [phase, setPhase] = useState<Phase>({ kind: 'preview' });
  const [preview, setPreview] = useState<LogPreview | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping | null>(null);
  const [totalCases, setTotalCases] = useState(0);
  const [calendar, setCalendar] = useState<WorkingCalendar>(DEFAULT_CALENDAR);
  const [filters, setFilters] = useState<DiscoveryFilters>(NO_FILTERS);
  const [statistics, setStatistics] = useState<LogStatistics | null>(null);
  const [notes, setNotes] = useState<DiscoveryNote[]>([]);
  const running = useRef<DiscoveryJob | null>(null);
  const statisticsRequest = useRef(0);
  const isFollowUp = open.slot === 'followUp';

  const failWith = (result: Exclude<JobResult, { ok: true }>, canGoBack: boolean): void => {
    if (result.type === 'cancelled') {
      setPhase(canGoBack ? { kind: 'mapping' } : { kind: 'failed', lines: [], canGoBack: false });
      if (!canGoBack) controller.close();
      return;
    }
    const lines = result.type === 'mapping' ? result.problems.map((problem) => describeMappingProblem(problem, language)) : [describeReadProblem(result.problem, language)];
    setPhase({ kind: 'failed', lines, canGoBack });
  };

  const startJob = (job: DiscoveryJob): Promise<JobResult> => {
    running.current = job;
    return job.result.finally(() => {
      if (running.current === job) running.current = null;
    });
  };

  useEffect(() => {
    const job = client.start({ type: 'preview', file: open.file });
    void startJob(job).then((result) => {
      if (result.type === 'preview') {
        setPreview(result.preview);
        setMapping(result.preview.guess);
        setPhase({ kind: 'mapping' });
      } else if (!result.ok) failWith(result, false);
    });
    return () => running.current?.cancel();
    // Once per opened file.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open.file.logId]);

  // Live counts: the statistics again whenever the calendar or a filter changes.
  useEffect(() => {
    if (phase.kind !== 'statistics') return;
    const requestNumber = ++statisticsRequest.current;
    void client.start({ type: 'statistics', slot: open.slot, filters, calendar }).result.then((result) => {
      if (requestNumber !== statisticsRequest.current) return;
      if (result.type === 'statistics') setStatistics(result.statistics);
      else if (!result.ok) failWith(result, true);
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [phase.kind, filters, calendar]);

  const read = (): void => {
    if (!mapping) return;
    setPhase({ kind: 'reading', progress: null });
    setStatistics(null);
    const job = client.start({ type: 'read', slot: open.slot, file: open.file, mapping }, (progress) => setPhase({ kind: 'reading', progress }));
    void startJob(job).then((result) => {
      if (result.type === 'read') {
        setTotalCases(result.cases);
        setPhase({ kind: 'statistics' });
      } else if (!result.ok) failWith(result, true);
    });
  };

  const make = (): void => {
    setPhase({ kind: 'making' });
    if (isFollowUp) {
      void startJob(client.start({ type: 'measure', filters, calendar })).then((result) => {
        if (result.type === 'measure') {
          host.setFollowUp(createFollowUp(open.file.fileName, new Date().toISOString(), result.measured));
          controller.close();
        } else if (!result.ok) failWith(result, true);
      });
      return;
    }
    const title = open.file.fileName.replace(/\.(xes\.gz|[a-z]+)$/i, '');
    const job = client.start({ type: 'discover', filters, calendar, title, language, now: new Date().toISOString(), file: open.file.fileName });
    void startJob(job).then((result) => {
      if (result.type === 'discover') {
        setNotes(result.notes);
        setPhase({ kind: 'done', map: result.map, check: result.check });
      } else if (!result.ok) failWith(result, true);
    });
  };

  const cancel = (): void => {
    running.current?.cancel();
    controller.close();
  };
  const showMap = async (map: ProcessMap): Promise<void> => {
    if (await host.openMap(map)) controller.close();
  };

  const mappingProblems = mapping && preview ? checkColumnMapping(mapping, preview.format === 'xes' ? null : preview.header) : [];
  const cancelButton = (
    <button type="button" className="sl-button" onClick={cancel} data-testid="discovery-cancel">
      {t('cancel')}
    </button>
  );
  let body: React.ReactNode = null;
  let buttons: React.ReactNode = cancelButton;
  switch (phase.kind) {
    case 'preview':
      body = <p role="status">{t('preparing')}</p>;
      break;
    case 'mapping':
      if (preview && mapping) body = <ColumnMappingForm preview={preview} mapping={mapping} onChange={setMapping} />;
      if (mappingProblems.length > 0) {
        body = (
          <>
            {body}
            <ul className="sl-discovery__problem" role="alert" data-testid="mapping-problems">
              {mappingProblems.map((problem, index) => (
                <li key={index}>{describeMappingProblem(problem, language)}</li>
              ))}
            </ul>
          </>
        );
      }
      buttons = (
        <>
          {cancelButton}
          <button type="button" className="sl-button sl-button--primary" disabled={mappingProblems.length > 0} onClick={read} data-testid="discovery-read">
            {t('mapping.read')}
          </button>
        </>
      );
      break;
    case 'reading':
    case 'making': {
      const progress = phase.kind === 'reading' ? phase.progress : null;
      const fraction = progress && progress.totalBytes ? Math.min(1, progress.bytesRead / progress.totalBytes) : null;
      body = (
        <div className="sl-discovery__progress" role="status" data-testid="discovery-progress">
          <p>{phase.kind === 'reading' ? t('reading.label', { file: open.file.fileName }) : t(isFollowUp ? 'reading.measuring' : 'reading.making')}</p>
          <progress max={1} {...(fraction === null ? {} : { value: fraction })} />
          {progress ? <p>{t('reading.status', { percent: fraction === null ? '…' : formatPercent(fraction, language), records: formatNumber(progress.records, language, 0) })}</p> : null}
        </div>
      );
      break;
    }
    case 'statistics':
      body = (
        <>
          <p>{t('statistics.intro')}</p>
          <StatisticsSettings calendar={calendar} filters={filters} onCalendar={setCalendar} onFilters={setFilters} />
          {statistics ? (
            <>
              <p className="sl-discovery__keeps" data-testid="filter-counts" aria-live="polite">
                {t('statistics.keeps', {
                  cases: formatNumber(statistics.cases, language, 0),
                  total: formatNumber(totalCases, language, 0),
                  activities: formatNumber(statistics.activities, language, 0),
                  variants: formatNumber(statistics.variants, language, 0),
                })}
              </p>
              <LogStatisticsView statistics={statistics} notes={[]} language={language} />
            </>
          ) : (
            <p role="status">{t('preparing')}</p>
          )}
        </>
      );
      buttons = (
        <>
          <button type="button" className="sl-button" onClick={() => setPhase({ kind: 'mapping' })}>
            {t('back')}
          </button>
          {cancelButton}
          <button type="button" className="sl-button sl-button--primary" disabled={!statistics || statistics.cases === 0} onClick={make} data-testid="discovery-make">
            {t(isFollowUp ? 'statistics.measure' : 'statistics.make')}
          </button>
        </>
      );
      break;
    case 'done':
      body = (
        <>
          <SimulationCheckTable check={phase.check} hoursPerDay={calendar.hoursPerDay} language={language} />
          {statistics ? <LogStatisticsView statistics={statistics} notes={notes} language={language} /> : null}
        </>
      );
      buttons = (
        <>
          {cancelButton}
          <button type="button" className="sl-button sl-button--primary" onClick={() => void showMap(phase.map)} data-testid="discovery-show-map">
            {t('check.show')}
          </button>
        </>
      );
      break;
    case 'failed':
      body = (
        <ul className="sl-discovery__problem" role="alert" data-testid="discovery-failed">
          {phase.lines.map((line, index) => (
            <li key={index}>{line}</li>
          ))}
        </ul>
      );
      buttons = (
        <>
          {phase.canGoBack ? (
            <button type="button" className="sl-button" onClick={() => setPhase({ kind: 'mapping' })}>
              {t('back')}
            </button>
          ) : null}
          <button type="button" className="sl-button" onClick={cancel}>
            {t('close')}
          </button>
        </>
      );
      break;
  }

  return (
    <ModalDialog title={t(isFollowUp ? 'followUpTitle' : 'title')} buttons={buttons} onCancel={cancel} testId="discovery-dialog">
      <div className="sl-discovery">
        <p className="sl-discovery__file">{t('file', { file: open.file.fileName })}</p>
        {body}
      </div>
    </ModalDialog>
  );
}

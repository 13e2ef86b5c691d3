/**
 * Event-log discovery (domain.md section 11): the API the app's discovery dialog and its
 * worker call, and the command line. Everything in and out is plain data (typed arrays,
 * strings, numbers), so each step runs in a worker and its results can be posted back.
 *
 * 1. `logFormatForFileName(name)` → the format module (CSV, .xlsx, XES / .xes.gz).
 * 2. `previewLog(chunks, format, options)` → header, sample rows, `columns` (name, guessed
 *    role, sample values) and `guess` (a ColumnMapping) for the column dialog;
 *    `checkColumnMapping(mapping, header)` says what a changed mapping lacks.
 * 3. `readEventLog(chunks, format, mapping, options, { onProgress, isCancelled, totalBytes })`
 *    → `caseLog` (instances per case) or one problem naming the file, row or event.
 * 4. `computeLogStatistics(caseLog, filters, calendar)` → statistics with what was dropped and
 *    why (linear: call it again for live counts when a filter or the calendar changes).
 * 5. `discoverMap(caseLog, options, computed?)` → the map (laid out in lanes), statistics and notes.
 * 6. Follow-up: `measureLog(caseLog, calendar)` on a second log, `compareFollowUp(map, measured)`
 *    for the comparison view, `createFollowUp(file, date, measured)` to keep it in `map.followUp`
 *    (the plan's follow-up section then lists expected vs measured).
 * Texts: `describeReadProblem`, `describeMappingProblem`, `describeDropped`, `describeNote` (nl/en).
 */
export { DEFAULT_CALENDAR, type WorkingCalendar } from './calendar';
export { checkColumnMapping, describeColumns, guessColumnMapping, XES_MAPPING, type ColumnDescription, type ColumnMapping, type MappingProblem } from './columns';
export { computeLogStatistics, discoverMap, type DiscoverOptions, type DiscoveryResult, type StatisticsResult } from './discover';
export { NO_FILTERS, type DiscoveryFilters } from './filters';
export { compareFollowUp, createFollowUp, type FollowUpComparison, type FollowUpFigure } from './followUp';
export { measureLog } from './measureLog';
export type { CaseLog } from './instances';
export { describeDropped, describeLocation, describeMappingProblem, describeNote, describeReadProblem } from './messages';
export { LOG_FORMATS, logFormatById, logFormatForFileName, previewLog, readEventLog, type LogPreview, type ReadHooks, type ReadProgress } from './readLog';
export type { DroppedEntry, LogStatistics } from './statistics';
export type { DiscoveryNote } from './buildMap';

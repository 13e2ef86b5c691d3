import { compareStates, type Comparison } from '../improve/comparison';
import type { ProcessMap } from '../model/types';
import { paragraph, type PlanContentOptions, type PlanContext } from './contentContext';
import { distributionSection } from './contentDistribution';
import { actionsSection, findingsSection } from './contentFindings';
import { appendixSection, followUpSection } from './contentFollowUp';
import { causesSection, goalSection } from './contentGoal';
import { meetingFacts } from './contentMeeting';
import { currentStateSection, futureStateSection } from './contentStates';
import { createPlanFormat, keyFigureRows } from './planFormat';
import type { PlanDocument, PlanMeetingFacts, PlanRun, PlanSection, PlanTitlePage } from './types';

export type { PlanContentOptions } from './contentContext';

/** A lower-case ASCII file name stem: "Verbeterplan: Inkomende facturen" → "verbeterplan-inkomende-facturen". */
export function fileStemOf(text: string): string {
  const stem = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return stem || 'plan';
}

function titlePage(context: PlanContext): PlanTitlePage {
  const { map, format, options } = context;
  const { t } = format;
  // A fact nobody filled in is left out, not shown as a dash.
  const facts = [
    { label: t('plan:titlePage.process'), value: map.meta.title },
    { label: t('plan:titlePage.organisation'), value: map.meta.organisation.trim() },
    { label: t('plan:titlePage.author'), value: map.meta.author.trim() },
    { label: t('plan:titlePage.date'), value: format.date(options.generatedAt) },
  ].filter((fact) => fact.value !== '');
  return {
    kind: t('plan:documentKind'),
    title: map.meta.title,
    description: map.meta.description,
    facts,
    footer: options.sourceFileName ? t('plan:titlePage.madeWith', { file: options.sourceFileName }) : t('plan:titlePage.madeWithoutFile'),
  };
}

/** The five lines of the management summary and the key figures before → after. */
function summarySection(context: PlanContext): PlanSection {
  const { map, comparison, format } = context;
  const { t } = format;
  const title = t('plan:section.summary');
  const current = comparison.current.metrics;
  const future = comparison.future.metrics;
  if (!current || !future) return { id: 'summary', title, blocks: [paragraph(t('plan:figures.noMetrics'), { style: 'note' })] };

  const findings = comparison.current.findings.filter((finding) => context.activeFindingIds.has(finding.id));
  const appliedActions = map.actions.filter((action) => action.status === 'accepted' || action.status === 'done');
  const saving = comparison.totalSaving;
  const lines: PlanRun[][] = [
    [
      {
        text: t('plan:summary.process', {
          title: map.meta.title,
          cases: format.number(map.settings.casesPerYear, 0),
          steps: format.number(map.steps.length, 0),
          lanes: format.number(map.lanes.length, 0),
          leadTime: format.workingDays(current.leadTimeMinutes),
          processTime: format.duration(current.processTimeMinutes),
        }),
      },
    ],
    [
      {
        text:
          findings.length === 0
            ? t('plan:summary.noFindings')
            : t('plan:summary.findings', { count: findings.length, top: findings[0]?.title ?? '' }),
      },
    ],
    [
      {
        text:
          appliedActions.length === 0
            ? t('plan:summary.noActions')
            : t('plan:summary.actions', { accepted: appliedActions.length, count: map.actions.length }),
      },
    ],
  ];
  // Nothing changes yet: today's figures, not "from 10,1 to 10,1 working days" and a saving of 0.
  const unchanged = appliedActions.length === 0 && comparison.futureSource === 'actions';
  if (unchanged) {
    lines.push([
      {
        text: t('plan:summary.now', {
          lead: format.workingDays(current.leadTimeMinutes),
          handoffs: format.number(current.handoffsPerCase),
          right: format.percent(current.rolledCompleteAccurate),
        }),
      },
    ]);
  } else {
    // Each figure as it is written: one that reads the same before and after says it stays, not "van 4,7 naar 4,7".
    const parts = (
      [
        ['lead', format.workingDays(current.leadTimeMinutes), format.workingDays(future.leadTimeMinutes)],
        ['handoffs', format.number(current.handoffsPerCase), format.number(future.handoffsPerCase)],
        ['right', format.percent(current.rolledCompleteAccurate), format.percent(future.rolledCompleteAccurate)],
      ] as const
    ).map(([figure, before, after]) => (before === after ? t(`plan:summary.same.${figure}`, { value: before }) : t(`plan:summary.change.${figure}`, { before, after })));
    const sentence = `${parts.join(', ')}.`;
    lines.push(
      [{ text: sentence.charAt(0).toLocaleUpperCase(format.language) + sentence.slice(1) }],
      [{ text: t('plan:summary.saving', { hours: format.hours(saving?.hoursPerYear ?? 0), cost: format.money(saving?.costPerYear ?? 0) }), bold: true }],
    );
  }
  return {
    id: 'summary',
    title,
    blocks: [
      { kind: 'list', ordered: false, items: lines },
      {
        kind: 'keyFigures',
        caption: t('plan:summary.keyFiguresCaption'),
        header: { figure: t('plan:figures.figure'), before: t('plan:figures.before'), after: t('plan:figures.after'), change: t('plan:figures.change') },
        rows: keyFigureRows(current, future, format),
      },
    ],
  };
}

function backgroundSection(context: PlanContext): PlanSection {
  const { map, format } = context;
  const { t } = format;
  const start = map.steps.find((step) => step.type === 'start');
  const ends = map.steps.filter((step) => step.type === 'end').map((step) => t('plan:background.quoted', { label: step.label }));
  const scope = start
    ? t('plan:background.scope', { start: start.label, ends: ends.length > 0 ? ends.join(t('plan:background.endJoin')) : t('plan:background.noEnd') })
    : t('plan:background.scopeUnknown');
  const laneNames = map.lanes.map((lane) => lane.name.trim() || lane.id);
  const rates = map.lanes.map((lane) => lane.hourlyCost ?? map.settings.defaultHourlyCost);
  const minRate = Math.min(map.settings.defaultHourlyCost, ...rates);
  const maxRate = Math.max(map.settings.defaultHourlyCost, ...rates);
  const rateText = minRate === maxRate ? format.money(minRate) : t('plan:background.rateRange', { min: format.money(minRate), max: format.money(maxRate) });
  return {
    id: 'background',
    title: t('plan:section.background'),
    blocks: [
      // Without a description the section starts with the scope: no placeholder sentence.
      ...(map.meta.description.trim() === '' ? [] : [paragraph(map.meta.description, { style: 'lead' })]),
      paragraph(scope),
      paragraph(t('plan:background.roles', { count: laneNames.length, names: laneNames.join(', ') })),
      paragraph(
        t('plan:background.volume', {
          cases: format.number(map.settings.casesPerYear, 0),
          hoursPerDay: format.number(map.settings.hoursPerDay, 1),
          rates: rateText,
        }),
      ),
      paragraph(t('plan:background.method'), { style: 'note' }),
    ],
  };
}

/**
 * What every part of the plan reads: the map in the plan's language and one comparison of its
 * states. `comparison` may be given when it was computed already for this very map in its own
 * language (the app's insight service); otherwise it is computed here.
 */
function planContextOf(map: ProcessMap, options: PlanContentOptions, comparison?: Comparison): PlanContext {
  const language = options.language ?? map.meta.language;
  // Finding titles and explanations come from the analysis, which writes in the map's language.
  const mapInLanguage = language === map.meta.language ? map : { ...map, meta: { ...map.meta, language } };
  const compared = comparison !== undefined && mapInLanguage === map ? comparison : compareStates(mapInLanguage);
  const dismissed = new Set(map.dismissedFindings.map((entry) => entry.findingId));
  return {
    map: mapInLanguage,
    comparison: compared,
    format: createPlanFormat(map.settings, language),
    options,
    activeFindingIds: new Set(compared.current.findings.filter((finding) => !dismissed.has(finding.id)).map((finding) => finding.id)),
  };
}

/**
 * Only the facts for the meeting (presentation mode): the same figures, findings and actions as
 * the plan and the deck, without building the plan's sections or running its simulations.
 */
export function buildMeetingFacts(map: ProcessMap, options: PlanContentOptions, comparison?: Comparison): { meeting: PlanMeetingFacts; comparison: Comparison } {
  const context = planContextOf(map, options, comparison);
  return { meeting: meetingFacts(context, false), comparison: context.comparison };
}

/**
 * The content of the improvement plan of `map` (an A3 in lean structure): title page;
 * management summary (five lines and the key figures before → after, with the total saving
 * per year); background and scope; the current state (map, timeline, work and cost per
 * role); the goal as targets (when set); findings by waste category with their evidence;
 * their causes (the "why?" chains, when noted); the action plan (table, payoff and effort);
 * the future state (map, timeline, figures); how long it really takes (the simulated lead-time
 * distribution now and after); follow-up (what to measure, when, PDCA); and an
 * appendix with every step's data. Texts in `options.language` (default: the map's),
 * numbers, dates and money formatted for it. Pure: the same map and options give the same
 * document (the simulations are seeded). Cost: one `compareStates` (none when `options.comparison` is given), drawing both states and two simulations.
 */
export function buildPlanContent(map: ProcessMap, options: PlanContentOptions): PlanDocument {
  const context = planContextOf(map, options, options.comparison);
  const language = context.format.language;
  const page = titlePage(context);
  return {
    language,
    fileStem: fileStemOf(`${page.kind} ${map.meta.title}`),
    generatedAt: options.generatedAt,
    titlePage: page,
    // A3 order: background, current state, goal, analysis (findings and their causes), actions, future, follow-up.
    sections: [
      summarySection(context),
      backgroundSection(context),
      currentStateSection(context),
      goalSection(context),
      findingsSection(context),
      causesSection(context),
      actionsSection(context),
      futureStateSection(context),
      distributionSection(context),
      followUpSection(context),
      appendixSection(context),
    ].filter((section): section is PlanSection => section !== null),
    meeting: meetingFacts(context, options.overviewMaps === true),
  };
}

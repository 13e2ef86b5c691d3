import type { Finding } from '../analysis/types';
import { PICK_QUADRANTS } from '../improve/pick';
import type { FindingCategory } from '../model/vocabulary';
import { paragraph, type PlanContext } from './contentContext';
import type { PlanActionEntry, PlanBlock, PlanRun, PlanSection } from './types';

/** Findings listed per category; the rest are counted (the app shows them all). */
const MAX_FINDINGS_PER_CATEGORY = 10;

/**
 * Findings by waste category, the category with the largest impact first, each with what
 * the category means and per finding its title, its evidence (the explanation with the
 * numbers) and its impact per year. Findings the team set aside are left out and counted.
 */
export function findingsSection(context: PlanContext): PlanSection {
  const { comparison, format, activeFindingIds } = context;
  const { t } = format;
  const title = t('plan:section.findings');
  const findings = comparison.current.findings.filter((finding) => activeFindingIds.has(finding.id));
  const dismissedCount = comparison.current.findings.length - findings.length;
  const blocks: PlanBlock[] = [];
  if (findings.length === 0) blocks.push(paragraph(t('plan:findings.none')));
  else blocks.push(paragraph(t('plan:findings.intro', { count: findings.length })));

  const byCategory = new Map<FindingCategory, Finding[]>();
  for (const finding of findings) byCategory.set(finding.category, [...(byCategory.get(finding.category) ?? []), finding]);
  const totalHours = (list: readonly Finding[]): number => list.reduce((sum, finding) => sum + finding.impactHoursPerYear, 0);
  const categories = [...byCategory.entries()].sort(([, a], [, b]) => totalHours(b) - totalHours(a));

  for (const [category, list] of categories) {
    blocks.push({ kind: 'heading', level: 2, text: `${t(`plan:category.${category}`)} (${format.number(list.length, 0)})` });
    blocks.push(paragraph(t(`plan:categoryMeaning.${category}`), { style: 'note' }));
    const shown = list.slice(0, MAX_FINDINGS_PER_CATEGORY);
    blocks.push({
      kind: 'list',
      ordered: false,
      items: shown.map((finding): PlanRun[] => [
        { text: finding.title, bold: true },
        // The explanation ends with what it costs a year, in work or in waiting time of cases
        // ("…liggen zaken hierdoor samen 67.765 uur stil (wachttijd, geen werktijd)"): no second line repeats it.
        { text: ` — ${finding.explanation}` },
      ]),
    });
    const hidden = list.length - shown.length;
    if (hidden > 0) blocks.push(paragraph(t('plan:findings.more', { count: hidden }), { style: 'note' }));
  }
  if (dismissedCount > 0) blocks.push(paragraph(t('plan:findings.dismissed', { count: dismissedCount }), { style: 'note' }));
  return { id: 'findings', title, blocks };
}

/** What an action saves on its own: work and cost per year, and the lead time when it gets shorter. */
function impactCell(hoursPerYear: number, costPerYear: number, leadTimeMinutes: number, context: PlanContext): string {
  const { format } = context;
  const { t } = format;
  // Only what the action does save: "0 uur · € 0" in front of a shorter lead time is noise.
  // Half an hour, half a euro or half a minute is float noise from two analyses, not a saving.
  const parts = [
    ...(hoursPerYear >= 0.5 ? [t('plan:actions.impactHours', { hours: format.hours(hoursPerYear) })] : []),
    ...(costPerYear >= 0.5 ? [format.money(costPerYear)] : []),
    ...(leadTimeMinutes >= 0.5 ? [t('plan:actions.impactLeadTime', { duration: format.duration(leadTimeMinutes) })] : []),
  ];
  return parts.length > 0 ? parts.join(' · ') : t('plan:actions.noSaving');
}

/**
 * Every action as the plan names it (number, title, owner, due date, effort, PICK quadrant,
 * status) with its payoff on the PICK chart (the comparison's, domain.md section 5).
 */
export function actionEntries(context: PlanContext): PlanActionEntry[] {
  const { map, comparison, format } = context;
  const { t } = format;
  const savings = new Map(comparison.actionSavings.map((saving) => [saving.actionId, saving]));
  return map.actions.map((action, index): PlanActionEntry => {
    const saving = savings.get(action.id);
    return {
      number: format.number(index + 1, 0),
      title: action.title,
      // What nobody decided yet is said in words, never left as a dash.
      owner: action.owner.trim() || t('plan:actions.noOwner'),
      dueDate: action.dueDate.trim() === '' ? t('plan:actions.noDueDate') : format.date(action.dueDate),
      effort: action.effort,
      effortText: t(`glossary:effort.${action.effort}`),
      quadrant: saving ? saving.quadrant : null,
      quadrantText: saving ? t(`glossary:choice.${saving.quadrant}`) : t('plan:actions.notComputable'),
      payoffShare: saving?.payoff ?? 0,
      status: action.status,
      statusText: t(`glossary:status.${action.status}`),
    };
  });
}

/**
 * The action plan: one table row per action (number, title, the findings it addresses,
 * ECRS, owner, due date, effort, what it saves on its own per year, PICK quadrant, status),
 * then what each action means and the actions per PICK quadrant.
 */
export function actionsSection(context: PlanContext): PlanSection {
  const { map, comparison, format } = context;
  const { t } = format;
  const title = t('plan:section.actions');
  if (map.actions.length === 0) return { id: 'actions', title, blocks: [paragraph(t('plan:actions.none'))] };

  const findingTitles = new Map(comparison.current.findings.map((finding) => [finding.id, finding.title]));
  const savings = new Map(comparison.actionSavings.map((saving) => [saving.actionId, saving]));
  const entries = actionEntries(context);
  const rows = map.actions.map((action, index) => {
    const saving = savings.get(action.id);
    const entry = entries[index];
    const why = action.findingIds.map((id) => findingTitles.get(id) ?? t('plan:actions.unknownFinding'));
    return [
      entry?.number ?? '',
      entry?.title ?? action.title,
      why.length > 0 ? why.join('; ') : t('plan:actions.noFinding'),
      t(`glossary:kindOfImprovement.${action.ecrs}`),
      entry?.owner ?? '',
      entry?.dueDate ?? '',
      entry?.effortText ?? '',
      saving?.computable ? impactCell(saving.hoursPerYear, saving.costPerYear, saving.leadTimeMinutes, context) : t('plan:actions.notComputable'),
      entry?.quadrantText ?? t('plan:actions.notComputable'),
      entry?.statusText ?? '',
    ];
  });
  const blocks: PlanBlock[] = [
    paragraph(t('plan:actions.intro'), { wide: true }),
    {
      kind: 'table',
      columns: [
        { header: t('plan:actions.number'), align: 'right', weight: 0.4 },
        { header: t('plan:actions.action'), align: 'left', weight: 2.4 },
        { header: t('plan:actions.why'), align: 'left', weight: 2.3 },
        { header: t('plan:actions.ecrs'), align: 'left', weight: 1.1 },
        { header: t('plan:actions.owner'), align: 'left', weight: 1.2 },
        { header: t('plan:actions.dueDate'), align: 'left', weight: 1.1 },
        { header: t('plan:actions.effort'), align: 'left', weight: 1.1 },
        { header: t('plan:actions.impact'), align: 'right', weight: 1.5 },
        { header: t('plan:actions.pick'), align: 'left', weight: 1.1 },
        { header: t('plan:actions.status'), align: 'left', weight: 1.3 },
      ],
      rows,
      wide: true,
    },
  ];

  const described = map.actions.filter((action) => action.description.trim() !== '');
  if (described.length > 0) {
    blocks.push(
      { kind: 'heading', level: 2, text: t('plan:actions.descriptionsHeading') },
      { kind: 'list', ordered: true, items: described.map((action) => [{ text: action.title, bold: true }, { text: `: ${action.description}` }]) },
    );
  }
  blocks.push({ kind: 'heading', level: 2, text: t('plan:actions.pickHeading') });
  blocks.push({
    kind: 'list',
    ordered: false,
    items: PICK_QUADRANTS.map((quadrant): PlanRun[] => {
      const titles = map.actions.filter((action) => action.status !== 'rejected' && savings.get(action.id)?.quadrant === quadrant).map((action) => action.title);
      const name = `${t(`glossary:choice.${quadrant}`)} (${t(`glossary:choice.${quadrant}Meaning`)})`;
      return [
        { text: name, bold: true },
        { text: titles.length > 0 ? `: ${titles.join('; ')}` : `: ${t('plan:actions.pickNone')}` },
      ];
    }),
  });
  return { id: 'actions', title, blocks };
}

import { useTranslation } from 'react-i18next';
import type { Finding } from '../../../../shared/analysis/types';
import { formatCurrency } from '../../../../shared/i18n/format';
import { CategoryIcon } from './CategoryIcon';
import { FindingCard } from './FindingCard';
import type { FindingGroup } from './groupFindings';
import { hoursText, type ImpactFormat } from './impactText';
import { ShowMoreButton, useShownCount } from '../../../base/ui/ShowMore';

const NO_WHYS: readonly string[] = [];

interface FindingGroupSectionProps {
  group: FindingGroup;
  format: ImpactFormat;
  highlightedFindingId: string | null;
  onShow: (finding: Finding) => void;
  onDismiss: (finding: Finding) => void;
  /** The "why?" answers per finding id (findings without answers are absent). */
  whysByFindingId: ReadonlyMap<string, readonly string[]>;
}

/** A category's header (icon, DOWNTIME name, what it means, count and summed hours) and its cards. */
export function FindingGroupSection({ group, format, highlightedFindingId, onShow, onDismiss, whysByFindingId }: FindingGroupSectionProps) {
  const { t } = useTranslation('improve');
  const { language } = format;
  const totals: string[] = [t('findings.count', { count: group.findings.length })];
  if (group.personHoursPerYear > 0) totals.push(t('findings.groupPersonHours', { hours: hoursText(group.personHoursPerYear, language) }));
  if (group.caseHoursPerYear > 0) totals.push(t('findings.groupCaseHours', { hours: hoursText(group.caseHoursPerYear, language) }));
  if (group.cost > 0) totals.push(formatCurrency(group.cost, format.currency, language));
  const headingId = `finding-group-${group.category}`;
  // A finding picked on the canvas is always among the cards drawn.
  const { shown, showMore } = useShownCount(group.findings.length, group.findings.findIndex((finding) => finding.id === highlightedFindingId));
  return (
    <section className={`finding-group finding-group--${group.category}`} aria-labelledby={headingId} data-testid={`finding-group-${group.category}`}>
      <header className="finding-group__header">
        <CategoryIcon category={group.category} />
        <div className="finding-group__text">
          <h3 id={headingId} className="finding-group__name">
            {t(`findings.category.${group.category}`)}
            <span className="finding-group__line"> — {t(`findings.categoryLine.${group.category}`)}</span>
          </h3>
          <p className="finding-group__totals" data-testid="finding-group-totals">
            {totals.join(' · ')}
          </p>
        </div>
      </header>
      {group.findings.slice(0, shown).map((finding) => (
        <FindingCard
          key={finding.id}
          finding={finding}
          format={format}
          highlighted={finding.id === highlightedFindingId}
          onShow={onShow}
          onDismiss={onDismiss}
          whys={whysByFindingId.get(finding.id) ?? NO_WHYS}
        />
      ))}
      <ShowMoreButton shown={shown} total={group.findings.length} onClick={showMore} />
    </section>
  );
}

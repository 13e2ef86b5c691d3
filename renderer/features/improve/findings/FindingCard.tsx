import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Finding } from '../../../../shared/analysis/types';
import { impactText, type ImpactFormat } from './impactText';
import { WhyChain } from './WhyChain';

interface FindingCardProps {
  finding: Finding;
  format: ImpactFormat;
  highlighted: boolean;
  onShow: (finding: Finding) => void;
  /** Set aside (active card) … */
  onDismiss?: (finding: Finding) => void;
  /** … or put back (a set-aside card, with its reason). */
  onRestore?: (finding: Finding) => void;
  reason?: string;
  /** The finding's "why?" answers; given for active cards, which show the chain. */
  whys?: readonly string[];
}

/** Explanations longer than this are folded to a few lines until the reader asks for more. */
const LONG_EXPLANATION_CHARS = 220;

/** One finding: severity, title, the evidence in plain words, its impact and what to do with it. */
function FindingCardView({ finding, format, highlighted, onShow, onDismiss, onRestore, reason, whys }: FindingCardProps) {
  const { t } = useTranslation('improve');
  const severity = t(`findings.severity.${finding.severity}`);
  const canShow = finding.stepIds.length + finding.flowIds.length > 0;
  const [expanded, setExpanded] = useState(false);
  const long = finding.explanation.length > LONG_EXPLANATION_CHARS;
  const folded = long && !expanded && !highlighted;
  return (
    <article
      className={`finding-card${highlighted ? ' is-highlighted' : ''}`}
      data-testid="finding-card"
      data-finding-id={finding.id}
      data-highlighted={highlighted ? 'true' : undefined}
    >
      <header className="finding-card__header">
        <span className={`finding-card__severity finding-card__severity--${finding.severity}`} title={t('findings.severityTitle', { severity })}>
          {severity}
        </span>
        <h4 className="finding-card__title">{finding.title}</h4>
      </header>
      <p className={`finding-card__explanation${folded ? ' is-folded' : ''}`} data-testid="finding-explanation">
        {finding.explanation}
      </p>
      {long && !highlighted && (
        <button type="button" className="finding-card__more" aria-expanded={expanded} onClick={() => setExpanded(!expanded)}>
          {expanded ? t('findings.less') : t('findings.more')}
        </button>
      )}
      <p className="finding-card__impact" data-testid="finding-impact">
        {impactText(finding, t, format)}
      </p>
      {reason !== undefined && (
        <p className="finding-card__reason">{reason.trim() === '' ? t('findings.noReason') : t('findings.reason', { reason })}</p>
      )}
      <div className="finding-card__buttons">
        {canShow && (
          <button type="button" className="finding-card__button" aria-pressed={highlighted} data-testid="finding-show" onClick={() => onShow(finding)}>
            {t('findings.showOnMap')}
          </button>
        )}
        {onDismiss && (
          <button type="button" className="finding-card__button" data-testid="finding-dismiss" onClick={() => onDismiss(finding)}>
            {t('findings.dismiss')}
          </button>
        )}
        {onRestore && (
          <button type="button" className="finding-card__button" data-testid="finding-restore" onClick={() => onRestore(finding)}>
            {t('findings.restore')}
          </button>
        )}
      </div>
      {whys !== undefined && <WhyChain findingId={finding.id} whys={whys} openInitially={highlighted} />}
    </article>
  );
}

export const FindingCard = memo(FindingCardView);

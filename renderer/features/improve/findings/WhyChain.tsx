import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_WHYS } from '../../../../shared/model/schema';
import { useDocuments } from '../../../base/hooks';

interface WhyChainProps {
  findingId: string;
  /** The answers kept in the file for this finding (empty when none). */
  whys: readonly string[];
  /** Open the chain without a click (the card is highlighted, e.g. by the export checklist). */
  openInitially: boolean;
}

/** The answers as stored: typed text kept as is, blank answers at the end dropped. */
function withoutTrailingBlanks(whys: readonly string[]): string[] {
  const kept = [...whys];
  while (kept.length > 0 && (kept[kept.length - 1] ?? '').trim() === '') kept.pop();
  return kept;
}

/**
 * The "why?" chain of one finding (issue 11 item 10): up to five answers, the last one its
 * cause, kept in the file (`root-cause/set`) and printed in the plan's causes section. Typing
 * in one answer is one undo step (coalesced per answer, closed on leaving the field).
 */
export function WhyChain({ findingId, whys, openInitially }: WhyChainProps) {
  const { t } = useTranslation('improve');
  const documents = useDocuments();
  const [open, setOpen] = useState(openInitially);
  // Highlighting the card later (the export checklist's "ask why") opens it too.
  const [wasHighlighted, setWasHighlighted] = useState(openInitially);
  if (openInitially !== wasHighlighted) {
    setWasHighlighted(openInitially);
    if (openInitially) setOpen(true);
  }

  const answered = withoutTrailingBlanks(whys);
  const cause = answered[answered.length - 1];
  if (!open) {
    return (
      <div className="finding-card__why" data-testid="why-chain">
        {cause !== undefined ? <p className="finding-card__cause" data-testid="why-cause">{t('findings.why.cause', { cause })}</p> : null}
        <button type="button" className="finding-card__button" data-testid="why-open" onClick={() => setOpen(true)}>
          {cause !== undefined ? t('findings.why.edit') : t('findings.why.open')}
        </button>
      </div>
    );
  }

  // The answers so far plus one empty line for the next, up to five.
  const lines = answered.length < MAX_WHYS ? [...answered, ''] : answered;
  const write = (index: number, text: string): void => {
    const next = lines.map((line, at) => (at === index ? text : line));
    documents.dispatch({ type: 'root-cause/set', findingId, whys: withoutTrailingBlanks(next) }, { coalesceKey: `why:${findingId}:${index}` });
  };
  return (
    <fieldset className="finding-card__why finding-card__why--open" data-testid="why-chain">
      <legend className="finding-card__why-heading">{t('findings.why.heading')}</legend>
      <p className="finding-card__why-intro" title={t('findings.why.introTip')}>
        {t('findings.why.intro')}
      </p>
      <ol className="finding-card__why-list">
        {lines.map((line, index) => (
          <li key={index}>
            <label className="finding-card__why-line">
              <span>{index === 0 ? t('findings.why.first') : t('findings.why.next', { number: index + 1 })}</span>
              <input
                type="text"
                className="sl-input"
                data-testid={`why-input-${index}`}
                value={line}
                placeholder={index === 0 ? t('findings.why.placeholder') : undefined}
                onChange={(event) => write(index, event.target.value)}
                onBlur={() => documents.closeHistoryGroup()}
              />
            </label>
          </li>
        ))}
      </ol>
      {answered.length >= MAX_WHYS ? <p className="finding-card__why-intro">{t('findings.why.full')}</p> : null}
      <button type="button" className="finding-card__button" data-testid="why-close" onClick={() => setOpen(false)}>
        {t('findings.why.close')}
      </button>
    </fieldset>
  );
}

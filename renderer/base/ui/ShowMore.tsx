import './showMore.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../shared/i18n/format';
import { useUiLanguage } from '../i18n/useUiLanguage';

/** Cards a long list shows at first and adds per click: a 1,000-step map has thousands of findings. */
export const LIST_PAGE_SIZE = 50;

/**
 * How many items of a list that grows with the map are drawn: the first page, more on request,
 * and always up to `mustShowIndex` (an item the user pointed at elsewhere, e.g. on the canvas).
 */
export function useShownCount(total: number, mustShowIndex = -1): { shown: number; showMore: () => void } {
  const [pages, setPages] = useState(1);
  const shown = Math.min(total, Math.max(pages * LIST_PAGE_SIZE, mustShowIndex + 1));
  return { shown, showMore: () => setPages(Math.ceil(shown / LIST_PAGE_SIZE) + 1) };
}

/** "Show 50 more (of 2,300)" under a list drawn in part; nothing when it is drawn in full. */
export function ShowMoreButton({ shown, total, onClick }: { shown: number; total: number; onClick: () => void }) {
  const { t } = useTranslation('app');
  const language = useUiLanguage();
  if (shown >= total) return null;
  return (
    <button type="button" className="sl-show-more" data-testid="show-more" onClick={onClick}>
      {t('list.showMore', { count: Math.min(LIST_PAGE_SIZE, total - shown), total: formatNumber(total, language, 0) })}
    </button>
  );
}

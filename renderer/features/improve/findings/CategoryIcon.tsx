import type { FindingCategory } from '../../../../shared/model/vocabulary';

/**
 * One small line icon per finding category (the eight DOWNTIME wastes and handoffs), drawn
 * inline so the app ships no image files. Decorative: the category name is always next to it.
 */
const PATHS: Record<FindingCategory, string> = {
  // a cross in a circle: not right the first time
  defects: 'M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18M8.5 8.5l7 7M15.5 8.5l-7 7',
  // stacked copies: more than needed
  overproduction: 'M7 4h10v6H7zM5 8h10v6H5zM3 12h10v6H3z',
  // an hourglass: work lies still
  waiting: 'M6 3h12M6 21h12M7 3c0 5 10 5 10 9s-10 4-10 9M17 3c0 5-10 5-10 9s10 4 10 9',
  // a head with a light bulb spark: skills not used
  'non-utilized-talent': 'M12 4a5 5 0 0 0-3 9v3h6v-3a5 5 0 0 0-3-9M9 19h6M10 22h4',
  // a truck: moving without value
  transport: 'M2 7h11v9H2zM13 10h4l3 3v3h-7M6 19a2 2 0 1 0 0-0.01M17 19a2 2 0 1 0 0-0.01',
  // a pile in a tray: work piles up
  inventory: 'M3 14l3-8h12l3 8v6H3zM3 14h5l1 2h6l1-2h5M8 9h8M7 11.5h10',
  // a magnifier: searching
  motion: 'M10 4a6 6 0 1 0 0 12a6 6 0 1 0 0-12M14.5 14.5L20 20',
  // a double check mark: checks nobody needs
  'extra-processing': 'M2 13l4 4 8-9M9 15l2 2 9-10',
  // two arrows passing between lanes
  handoff: 'M4 8h13l-3-3M20 16H7l3 3',
};

export function CategoryIcon({ category }: { category: FindingCategory }) {
  return (
    <svg className={`finding-icon finding-icon--${category}`} viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
      <path d={PATHS[category]} fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

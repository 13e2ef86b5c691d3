import { useActiveFindings } from '../../../base/hooks';

/** The number of findings not set aside, for the findings tab. */
export function FindingCountBadge() {
  const count = useActiveFindings().length;
  if (count === 0) return null;
  return (
    <span className="sl-aside-tabs__badge" data-testid="findings-count">
      {count}
    </span>
  );
}

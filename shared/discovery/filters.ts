import type { CaseLog } from './instances';

/**
 * The filters of domain.md section 11, point 6, as fractions (the user types percentages).
 * `minActivityShare`: activities present in fewer than this share of cases are dropped
 * (0: none). `variantCoverage`: the most frequent variants are kept until they cover this
 * share of cases (1: all).
 */
export interface DiscoveryFilters {
  minActivityShare: number;
  variantCoverage: number;
}

export const NO_FILTERS: DiscoveryFilters = { minActivityShare: 0, variantCoverage: 1 };

/** A variant: one sequence of activities (indices into activityNames) and its cases. */
export interface Variant {
  activities: number[];
  cases: number;
}

/** What the filters keep of a CaseLog; everything after is computed on this. */
export interface FilteredLog {
  log: CaseLog;
  filters: DiscoveryFilters;
  /** 1 for each activity kept, 0 for one dropped as rare. */
  keptActivity: Uint8Array;
  /** Indices of the cases kept, in log order. */
  keptCases: Int32Array;
  /** Activities dropped as rare, with the share of cases they were in (before filtering). */
  droppedActivities: { activity: number; caseShare: number; instances: number }[];
  /** Cases left without any instance once rare activities were taken out. */
  casesEmptied: number;
  /** Cases dropped because their variant was beyond the coverage. */
  casesOfRareVariants: number;
  variantsDropped: number;
  /** The variants of the kept cases, most frequent first (ties: first seen first). */
  variants: Variant[];
}

/** Numbers closer than this are equal (a share of exactly 5 % typed as 5 is not below 0.05). */
const EPSILON = 1e-12;

function caseShares(log: CaseLog): { shares: Float64Array; instances: Int32Array } {
  const activityCount = log.activityNames.length;
  const casesWith = new Int32Array(activityCount);
  const instances = new Int32Array(activityCount);
  const lastCase = new Int32Array(activityCount).fill(-1);
  for (let c = 0; c < log.caseCount; c += 1) {
    for (let i = log.caseStart[c] as number; i < (log.caseStart[c + 1] as number); i += 1) {
      const a = log.activity[i] as number;
      instances[a] = (instances[a] as number) + 1;
      if (lastCase[a] !== c) {
        lastCase[a] = c;
        casesWith[a] = (casesWith[a] as number) + 1;
      }
    }
  }
  const shares = new Float64Array(activityCount);
  for (let a = 0; a < activityCount; a += 1) shares[a] = log.caseCount === 0 ? 0 : (casesWith[a] as number) / log.caseCount;
  return { shares, instances };
}

/** Marks in keptActivity the activities in at least `minActivityShare` of the cases; lists the others. */
function markRareActivities(log: CaseLog, minActivityShare: number, keptActivity: Uint8Array, droppedActivities: FilteredLog['droppedActivities']): void {
  const { shares, instances } = caseShares(log);
  for (let a = 0; a < keptActivity.length; a += 1) {
    const keep = (shares[a] as number) + EPSILON >= minActivityShare;
    keptActivity[a] = keep ? 1 : 0;
    if (!keep) droppedActivities.push({ activity: a, caseShare: shares[a] as number, instances: instances[a] as number });
  }
}

/**
 * Applies the filters: first rare activities (share of all cases), then the variants of
 * what is left (a case's sequence closes up over the activities taken out; a case with
 * nothing left is dropped), keeping the most frequent variants until they cover
 * `variantCoverage` of those cases — the variant that reaches the coverage is kept.
 */
export function applyFilters(log: CaseLog, filters: DiscoveryFilters): FilteredLog {
  const keptActivity = new Uint8Array(log.activityNames.length);
  const droppedActivities: FilteredLog['droppedActivities'] = [];
  // No activity share is below a threshold of 0 (or less): every activity is kept, and the
  // shares, only used to name the dropped activities, need no pass over all instances.
  if (filters.minActivityShare <= 0) keptActivity.fill(1);
  else markRareActivities(log, filters.minActivityShare, keptActivity, droppedActivities);

  // Variants as nodes of a trie of activity sequences: a case's variant is the node its
  // sequence ends in (one numeric lookup per instance, no key text built per case).
  const activityCount = Math.max(1, log.activityNames.length);
  const child = new Map<number, number>();
  let nodeCount = 1;
  const variantOfNode = new Map<number, { index: number; variant: Variant }>();
  const caseVariant = new Int32Array(log.caseCount).fill(-1);
  let casesEmptied = 0;
  for (let c = 0; c < log.caseCount; c += 1) {
    const from = log.caseStart[c] as number;
    const to = log.caseStart[c + 1] as number;
    let node = 0;
    for (let i = from; i < to; i += 1) {
      const a = log.activity[i] as number;
      if (keptActivity[a] !== 1) continue;
      const edge = node * activityCount + a;
      let next = child.get(edge);
      if (next === undefined) {
        next = nodeCount;
        nodeCount += 1;
        child.set(edge, next);
      }
      node = next;
    }
    if (node === 0) {
      casesEmptied += 1;
      continue;
    }
    let entry = variantOfNode.get(node);
    if (!entry) {
      const activities: number[] = [];
      for (let i = from; i < to; i += 1) if (keptActivity[log.activity[i] as number] === 1) activities.push(log.activity[i] as number);
      entry = { index: variantOfNode.size, variant: { activities, cases: 0 } };
      variantOfNode.set(node, entry);
    }
    entry.variant.cases += 1;
    caseVariant[c] = entry.index;
  }
  const entries = [...variantOfNode.values()].sort((a, b) => b.variant.cases - a.variant.cases || a.index - b.index);
  const casesWithVariant = log.caseCount - casesEmptied;
  const keptVariant = new Uint8Array(entries.length);
  const variants: Variant[] = [];
  let covered = 0;
  for (const entry of entries) {
    if (filters.variantCoverage < 1 && covered + EPSILON >= filters.variantCoverage * casesWithVariant) break;
    keptVariant[entry.index] = 1;
    variants.push(entry.variant);
    covered += entry.variant.cases;
  }
  const keptCases: number[] = [];
  for (let c = 0; c < log.caseCount; c += 1) {
    const v = caseVariant[c] as number;
    if (v >= 0 && keptVariant[v] === 1) keptCases.push(c);
  }
  return {
    log,
    filters,
    keptActivity,
    keptCases: Int32Array.from(keptCases),
    droppedActivities,
    casesEmptied,
    casesOfRareVariants: casesWithVariant - covered,
    variantsDropped: entries.length - variants.length,
    variants,
  };
}

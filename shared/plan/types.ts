import type { Language } from '../model/vocabulary';

/**
 * The content model of the improvement plan: what the plan says, independent of the
 * format. `buildPlanContent` makes it once; the Markdown, HTML and DOCX writers (and the
 * app's PDF, which prints the HTML) only lay it out, so all formats carry the same text,
 * numbers and images. Every string here is plain user-visible text, never markup: the
 * writers escape it for their format.
 */

/** A piece of text with optional emphasis. */
export interface PlanRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

/** A picture of the plan: an SVG (always, when known) and/or a PNG of the same drawing. */
export interface PlanImage {
  /** A stable id, unique in the document (e.g. "current-map-1"); also a file name stem. */
  id: string;
  svg?: string;
  png?: Uint8Array;
  /** Natural size in CSS pixels (96 per inch); writers scale it down to the page. */
  widthPx: number;
  heightPx: number;
}

export type PlanBlock = PlanBlockContent & {
  /** Maps and wide tables (and the headings and captions around them) go on landscape pages. */
  wide?: boolean;
};

export type PlanBlockContent =
  | { kind: 'heading'; level: 2 | 3; text: string }
  | { kind: 'paragraph'; runs: PlanRun[]; style?: 'normal' | 'lead' | 'note' }
  | { kind: 'list'; ordered: boolean; items: PlanRun[][] }
  | {
      /** Before → after figures: one row per figure. */
      kind: 'keyFigures';
      caption: string;
      header: { figure: string; before: string; after: string; change: string };
      rows: { label: string; before: string; after: string; change: string }[];
    }
  | {
      kind: 'table';
      caption?: string;
      columns: PlanTableColumn[];
      rows: string[][];
      /** Last row styled as a total. */
      totalRow?: boolean;
    }
  | {
      kind: 'image';
      image: PlanImage;
      caption: string;
      /** Text alternative for screen readers and for formats that cannot show the picture. */
      alt: string;
    };

export interface PlanTableColumn {
  header: string;
  align: 'left' | 'right';
  /** Relative width (the writers share the page width out by weight). */
  weight: number;
}

export type PlanSectionId =
  | 'summary'
  | 'background'
  | 'current-state'
  | 'goal'
  | 'findings'
  | 'causes'
  | 'actions'
  | 'future-state'
  | 'distribution'
  | 'follow-up'
  | 'appendix';

export interface PlanSection {
  id: PlanSectionId;
  /** The level-1 heading. */
  title: string;
  blocks: PlanBlock[];
}

export interface PlanTitlePage {
  /** "Improvement plan" / "Verbeterplan". */
  kind: string;
  /** The process (the map's title). */
  title: string;
  description: string;
  /** Label–value pairs: process, organisation, author, date. */
  facts: { label: string; value: string }[];
  /** A closing line ("Made with Stroomlijn…"). */
  footer: string;
}

export interface PlanDocument {
  language: Language;
  /** The file name stem used for downloads and sidecar images, e.g. "verbeterplan-inkomende-facturen". */
  fileStem: string;
  titlePage: PlanTitlePage;
  sections: PlanSection[];
  /** When the plan was made (ISO 8601), for the document's metadata. */
  generatedAt: string;
  /** What the meeting deck shows beyond the sections, from the same analysis and formats. */
  meeting: PlanMeetingFacts;
}

/** A before → after pair of numbers in the unit the plan prints them (rounded as printed). */
export interface PlanFigurePair {
  before: number;
  after: number;
}

/** One action as the plan lists it: the same number, texts and PICK quadrant everywhere. */
export interface PlanActionEntry {
  number: string;
  title: string;
  owner: string;
  dueDate: string;
  effort: 'low' | 'medium' | 'high';
  effortText: string;
  quadrant: 'possible' | 'implement' | 'challenge' | 'kill' | null;
  quadrantText: string;
  /** Payoff 0–1: the larger share of the largest hours and lead-time savings (domain.md section 5). */
  payoffShare: number;
  status: 'proposed' | 'accepted' | 'rejected' | 'done';
  statusText: string;
}

/**
 * Facts of the plan that the deck shows as figures rather than text: every number here is
 * formatted by the plan's own formats, from the plan's own comparison.
 */
export interface PlanMeetingFacts {
  organisation: string;
  cases: string;
  steps: string;
  lanes: string;
  /** The key figures (the same rows as the summary's table) and the charted pairs; null without metrics. */
  figures: {
    rows: { label: string; before: string; after: string; change: string }[];
    /** The current state's headline figures, formatted (the "before" column of the rows). */
    now: { leadTime: string; processTime: string; handoffs: string; rightFirstTime: string; annualCost: string };
    /** Lead time in working days, rounded to one decimal as the plan prints it. */
    leadTimeDays: PlanFigurePair;
    /** Hours of work per year, whole hours as the plan prints them. */
    annualHours: PlanFigurePair;
  } | null;
  /** Waiting vs work of one case along its critical path; null without a timeline. */
  time: { waitHours: number; processHours: number; waitText: string; processText: string; leadText: string; waitShareText: string } | null;
  /** The steps with the longest wait per case (at most five). */
  longestWaits: { step: string; role: string; wait: string }[];
  /** The most costly active findings (at most five), largest hours per year first. */
  topFindings: { title: string; explanation: string; hours: string; cost: string; stepIds: string[] }[];
  actions: PlanActionEntry[];
  /** What to measure and when to check (the follow-up section's lists). */
  followUp: { measure: string[]; when: string[] };
  /** Each state's whole map as one picture (only when asked for: the deck's slide). */
  overview: { current: PlanImage | null; future: PlanImage | null };
}

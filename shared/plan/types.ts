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
}

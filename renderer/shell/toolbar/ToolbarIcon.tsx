/** Line icons of the toolbar (24×24 viewBox, drawn with the current text colour). */
const ICON_PATHS = {
  new: 'M6 3h8l4 4v14H6z M14 3v4h4 M12 10v7 M8.5 13.5h7',
  template: 'M4 4h7v7H4z M13 4h7v7h-7z M4 13h7v7H4z M13 13h7v7h-7z',
  open: 'M3 6h6l2 2h10v11H3z M3 10h18',
  /** A table of rows turning into steps: an event log becoming a map. */
  importLog: 'M3 4h8v16H3z M3 8h8 M3 12h8 M3 16h8 M14 12h4 M16 10l2 2-2 2 M19 9h2v6h-2z',
  /** A file with an arrow into the map: importing a process model or step list. */
  importMap: 'M6 3h8l4 4v14H6z M14 3v4h4 M12 10v7 M9 14l3 3 3-3',
  save: 'M5 3h11l3 3v15H5z M8 3v5h7V3 M8 21v-7h8v7',
  exportPlan: 'M6 3h8l4 4v14H6z M14 3v4h4 M9 12h6 M9 15h6 M9 18h4',
  undo: 'M9 7L4 12l5 5 M4 12h10a6 6 0 0 1 0 12h-2',
  redo: 'M15 7l5 5-5 5 M20 12H10a6 6 0 0 0 0 12h2',
  autoLayout: 'M3 5h6v4H3z M15 5h6v4h-6z M9 15h6v4H9z M9 7h6 M12 9v6',
  /** Lines of a list with a cursor: typing the steps one per line. */
  quickEntry: 'M4 6h10 M4 11h10 M4 16h6 M17 4v16 M15 4h4 M15 20h4',
  present: 'M3 4h18v12H3z M12 16v4 M8 20h8 M10 7.5v5l4.5-2.5z',
  fit: 'M4 9V4h5 M20 9V4h-5 M4 15v5h5 M20 15v5h-5 M9 9h6v6H9z',
  criticalPath: 'M3 12h4l3-6h4l3 6h4 M10 6l-3 6 3 6h4l3-6 M3 12h4',
  language: 'M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18z M3 12h18 M12 3c-3 3-3 15 0 18 M12 3c3 3 3 15 0 18',
} as const;

export type ToolbarIconName = keyof typeof ICON_PATHS;

export function ToolbarIcon({ name }: { name: ToolbarIconName }) {
  return (
    <svg className="sl-toolbar__icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
      <path d={ICON_PATHS[name]} fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

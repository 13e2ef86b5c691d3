/** How long work runs before progress is shown, and how often it is updated after that. */
const QUIET_MS = 1000;
const INTERVAL_MS = 1000;

export interface ProgressLine {
  /** Shows `text` when the work has run over a second and the last line is a second old. */
  update(text: () => string): void;
  /** Ends the line (on a terminal, where it was rewritten in place). */
  done(): void;
}

/**
 * A progress line on stderr for work over a second (domain.md section 13): nothing for
 * quick work; on a terminal one line rewritten in place, elsewhere a line per second.
 */
export function createProgressLine(write: (text: string) => void, isTerminal: boolean, nowMs: () => number): ProgressLine {
  const startedAt = nowMs();
  let lastShownAt = Number.NEGATIVE_INFINITY;
  let shown = false;
  return {
    update(text) {
      const now = nowMs();
      if (now - startedAt < QUIET_MS || now - lastShownAt < INTERVAL_MS) return;
      lastShownAt = now;
      shown = true;
      write(isTerminal ? `\r${text()}\u001b[K` : `${text()}\n`);
    },
    done() {
      if (shown && isTerminal) write('\n');
    },
  };
}

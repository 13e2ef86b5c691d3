/** How long an idle callback may wait on a page that is never idle (a busy projector demo). */
const IDLE_DEADLINE_MS = 5_000;
/** Where the browser has no requestIdleCallback (Safari): a pause after the first paint instead. */
const FALLBACK_DELAY_MS = 1_500;

/**
 * Runs `work` once the page is idle (at the latest after five seconds); returns what cancels
 * it, for an effect's cleanup.
 */
export function whenIdle(work: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(() => work(), { timeout: IDLE_DEADLINE_MS });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(work, FALLBACK_DELAY_MS);
  return () => clearTimeout(timer);
}

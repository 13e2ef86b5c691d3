import type { OpenExternalResult } from '../../shared/ipc/contract';
import { normaliseExternalUrl } from '../../shared/ipc/externalUrl';

export interface ExternalLinkOptions<Owner> {
  /** Asks "Open this link in your browser?" showing the full address; true when the user agrees. */
  confirm(owner: Owner, url: string): Promise<boolean>;
  /** shell.openExternal */
  open(url: string): Promise<void>;
}

/**
 * Links leave the app only as https or mailto, and only after the user saw the address and
 * agreed (Electron security checklist: never shell.openExternal with untrusted content).
 * The address shown and the address opened are the same string: the parsed, normalised one.
 */
export function createExternalLinkOpener<Owner>(options: ExternalLinkOptions<Owner>) {
  return async (owner: Owner, url: string): Promise<OpenExternalResult> => {
    const normalised = normaliseExternalUrl(url);
    if (normalised === null) return { opened: false };
    if (!(await options.confirm(owner, normalised))) return { opened: false };
    await options.open(normalised);
    return { opened: true };
  };
}

import { externalUrlSchema, type OpenExternalResult } from '../../shared/ipc/contract';

export interface ExternalLinkOptions<Owner> {
  /** Asks "Open this link in your browser?" showing the full address; true when the user agrees. */
  confirm(owner: Owner, url: string): Promise<boolean>;
  /** shell.openExternal */
  open(url: string): Promise<void>;
}

/**
 * Links leave the app only for https, and only after the user saw the address and agreed
 * (Electron security checklist: never shell.openExternal with untrusted content).
 */
export function createExternalLinkOpener<Owner>(options: ExternalLinkOptions<Owner>) {
  return async (owner: Owner, url: string): Promise<OpenExternalResult> => {
    if (!isSafeExternalUrl(url)) return { opened: false };
    if (!(await options.confirm(owner, url))) return { opened: false };
    await options.open(url);
    return { opened: true };
  };
}

/** https, a real host name, no credentials in the address. */
export function isSafeExternalUrl(url: string): boolean {
  if (!externalUrlSchema.safeParse(url).success) return false;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && parsed.username === '' && parsed.password === '' && parsed.hostname !== '';
  } catch {
    return false;
  }
}

/**
 * Opening and saving without the File System Access API (Firefox, Safari): a hidden
 * <input type=file> and a download link.
 */

/** Lets the user pick one file; resolves null when the picker is closed without a choice. */
export function openWithFileInput(document: Document, accept: string): Promise<File | null> {
  const input = document.createElement('input');
  input.type = 'file';
  input.accept = accept;
  input.hidden = true;
  document.body.append(input);
  return new Promise<File | null>((resolve) => {
    const finish = (file: File | null) => {
      input.remove();
      resolve(file);
    };
    input.addEventListener('change', () => finish(input.files?.[0] ?? null), { once: true });
    // Fired by current browsers when the dialog is dismissed.
    input.addEventListener('cancel', () => finish(null), { once: true });
    input.click();
  });
}

/** Keeps the object URL alive long enough for slow download managers to fetch it. */
const REVOKE_DELAY_MILLISECONDS = 60_000;

/** Offers the text as a download under fileName. */
export function startDownload(document: Document, fileName: string, text: string): void {
  const view = document.defaultView;
  if (view === null) throw new Error('no window to download from');
  const url = view.URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  view.setTimeout(() => view.URL.revokeObjectURL(url), REVOKE_DELAY_MILLISECONDS);
}

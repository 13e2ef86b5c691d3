import { useEffect } from 'react';
import type { StroomlijnBridge } from '../../../shared/ipc/contract';
import type { FileCommands } from '../commands/commandTypes';
import type { RecoveryService } from '../documents/recovery';

/**
 * What the platform asks of the document: open a file (double-click in the file manager,
 * the command line, Open Recent, a file dropped on the window) and close the window
 * (Save / Don't save / Cancel first when there are unsaved changes).
 */
export function useDocumentRequests(bridge: StroomlijnBridge, documents: FileCommands, recovery: RecoveryService): void {
  useEffect(() => {
    const report = (error: unknown) => console.error('Document request failed', error);
    const unsubscribeOpen = bridge.onOpenFileRequest((request) => void documents.openRequested(request).catch(report));
    const unsubscribeClose = bridge.onCloseRequest(() => {
      void (async () => {
        const allowed = await documents.confirmClose().catch((error: unknown) => (report(error), false));
        if (allowed) await recovery.discardOwnCopy();
        await bridge.answerCloseRequest(allowed);
      })().catch(report);
    });

    const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;
    const onDragOver = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const onDrop = (event: DragEvent) => {
      const file = event.dataTransfer?.files[0];
      if (!carriesFiles(event) || !file) return;
      // Stops the browser from navigating to the file; the canvas keeps its own palette drops.
      event.preventDefault();
      void documents.openDropped(file).catch(report);
    };
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    return () => {
      unsubscribeOpen();
      unsubscribeClose();
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
    };
  }, [bridge, documents, recovery]);
}

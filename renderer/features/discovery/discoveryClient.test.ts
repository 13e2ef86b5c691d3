import { describe, expect, it } from 'vitest';
import type { ReadEventLogChunkResult } from '../../../shared/ipc/contract';
import { createDiscoveryClient, type DiscoveryWorkerPort } from './discoveryClient';
import type { DiscoveryRequest, DiscoveryResponse } from './discoveryProtocol';

/** A worker stand-in: records what the page posts; `reply` plays the worker's answers. */
function fakeWorker() {
  const posted: DiscoveryRequest[] = [];
  const port: DiscoveryWorkerPort = {
    postMessage: (message) => posted.push(message),
    onmessage: null,
    terminate: () => undefined,
  };
  const reply = (message: DiscoveryResponse) => port.onmessage?.({ data: message } as MessageEvent<DiscoveryResponse>);
  return { port, posted, reply };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('discovery client', () => {
  it('numbers jobs, passes progress on, serves chunks through the bridge and resolves with the result', async () => {
    const worker = fakeWorker();
    const asked: unknown[] = [];
    const bridge = {
      readEventLogChunk: (request: { logId: string; offsetBytes: number; lengthBytes: number }): Promise<ReadEventLogChunkResult> => {
        asked.push(request);
        return Promise.resolve(request.offsetBytes === 0 ? { ok: true, bytes: new Uint8Array([65, 66]) } : { ok: false, reason: 'failed', message: 'EIO' });
      },
    };
    const client = createDiscoveryClient(bridge, () => worker.port);
    const progress: number[] = [];
    const job = client.start({ type: 'preview', file: { logId: 'log-1', fileName: 'a.csv', sizeBytes: 2 } }, (step) => progress.push(step.records));
    expect(worker.posted[0]).toMatchObject({ type: 'preview', jobId: 1 });

    worker.reply({ type: 'needChunk', chunkId: 7, logId: 'log-1', offsetBytes: 0, lengthBytes: 1024 });
    worker.reply({ type: 'needChunk', chunkId: 8, logId: 'log-1', offsetBytes: 2, lengthBytes: 1024 });
    await flush();
    expect(asked).toEqual([
      { logId: 'log-1', offsetBytes: 0, lengthBytes: 1024 },
      { logId: 'log-1', offsetBytes: 2, lengthBytes: 1024 },
    ]);
    expect(worker.posted[1]).toEqual({ type: 'chunk', chunkId: 7, bytes: new Uint8Array([65, 66]) });
    // A chunk the bridge could not read is passed on as such: the worker reports the file as unreadable.
    expect(worker.posted[2]).toEqual({ type: 'chunk', chunkId: 8, bytes: null, message: 'EIO' });

    worker.reply({ type: 'progress', jobId: 1, progress: { bytesRead: 2, totalBytes: 2, records: 5 } });
    worker.reply({ type: 'done', jobId: 1, result: { type: 'cancelled', ok: false } });
    expect(progress).toEqual([5]);
    await expect(job.result).resolves.toEqual({ type: 'cancelled', ok: false });

    const second = client.start({ type: 'statistics', slot: 'log', filters: { minActivityShare: 0, variantCoverage: 1 }, calendar: { workdayStart: '09:00', hoursPerDay: 8 } });
    second.cancel();
    expect(worker.posted.at(-1)).toEqual({ type: 'cancel', jobId: 2 });
    client.dispose();
    await expect(second.result).resolves.toEqual({ type: 'cancelled', ok: false });
  });
});

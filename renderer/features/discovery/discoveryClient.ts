import type { ReadProgress } from '../../../shared/discovery';
import type { StroomlijnBridge } from '../../../shared/ipc/contract';
import type { DiscoveryRequest, DiscoveryResponse, JobResult } from './discoveryProtocol';

/** The part of a Worker the client uses (a fake in unit tests). */
export interface DiscoveryWorkerPort {
  postMessage(message: DiscoveryRequest, transfer?: Transferable[]): void;
  onmessage: ((event: MessageEvent<DiscoveryResponse>) => void) | null;
  terminate(): void;
}

/** A running job: its result, and a way to stop it (the result is then `cancelled`). */
export interface DiscoveryJob {
  result: Promise<JobResult>;
  cancel(): void;
}

type JobRequest = Exclude<DiscoveryRequest, { type: 'cancel' | 'chunk' }>;
/** A request without its job id: the client numbers jobs. */
type NewJob = JobRequest extends infer Request ? (Request extends { jobId: number } ? Omit<Request, 'jobId'> : never) : never;

export interface DiscoveryClient {
  start(request: NewJob, onProgress?: (progress: ReadProgress) => void): DiscoveryJob;
  dispose(): void;
}

/**
 * The page's side of the discovery worker: numbers the jobs, passes progress on, and serves
 * the worker's requests for chunks of a file through the bridge (Electron reads the file in
 * main, the browser slices the File), handing the bytes over without copying them.
 */
export function createDiscoveryClient(bridge: Pick<StroomlijnBridge, 'readEventLogChunk'>, createWorker: () => DiscoveryWorkerPort): DiscoveryClient {
  let worker: DiscoveryWorkerPort | null = null;
  let nextJobId = 1;
  const jobs = new Map<number, { resolve: (result: JobResult) => void; onProgress: ((progress: ReadProgress) => void) | undefined }>();

  const serveChunk = async (message: Extract<DiscoveryResponse, { type: 'needChunk' }>, port: DiscoveryWorkerPort) => {
    try {
      const answer = await bridge.readEventLogChunk({ logId: message.logId, offsetBytes: message.offsetBytes, lengthBytes: message.lengthBytes });
      if (answer.ok) port.postMessage({ type: 'chunk', chunkId: message.chunkId, bytes: answer.bytes }, [answer.bytes.buffer]);
      else port.postMessage({ type: 'chunk', chunkId: message.chunkId, bytes: null, message: answer.message });
    } catch (error) {
      port.postMessage({ type: 'chunk', chunkId: message.chunkId, bytes: null, message: error instanceof Error ? error.message : String(error) });
    }
  };

  const ensureWorker = (): DiscoveryWorkerPort => {
    if (worker) return worker;
    const created = createWorker();
    created.onmessage = (event) => {
      const message = event.data;
      if (message.type === 'needChunk') void serveChunk(message, created);
      else if (message.type === 'progress') jobs.get(message.jobId)?.onProgress?.(message.progress);
      else {
        jobs.get(message.jobId)?.resolve(message.result);
        jobs.delete(message.jobId);
      }
    };
    worker = created;
    return created;
  };

  return {
    start(request, onProgress) {
      const port = ensureWorker();
      const jobId = nextJobId++;
      const result = new Promise<JobResult>((resolve) => jobs.set(jobId, { resolve, onProgress }));
      port.postMessage({ ...request, jobId });
      return {
        result,
        cancel: () => {
          port.postMessage({ type: 'cancel', jobId });
        },
      };
    },
    dispose() {
      worker?.terminate();
      worker = null;
      for (const job of jobs.values()) job.resolve({ type: 'cancelled', ok: false });
      jobs.clear();
    },
  };
}

/** The real worker, bundled by Vite. */
export function startDiscoveryWorker(): DiscoveryWorkerPort {
  return new Worker(new URL('./discovery.worker.ts', import.meta.url), { type: 'module' });
}

/** What a worker port needs for {@link createWorkerSlot}: the shape of a Web Worker. */
export interface WorkerPortOf<Response> {
  addEventListener(type: 'message', listener: (event: MessageEvent<Response>) => void): void;
  addEventListener(type: 'error', listener: (event: Event) => void): void;
  terminate(): void;
}

export interface WorkerSlotOptions<Port extends WorkerPortOf<Response>, Response> {
  /** Creates the worker; null when workers are not available. */
  create: (() => Port) | null;
  onMessage: (response: Response) => void;
  reportError: (error: unknown) => void;
  /** The worker failed (it has been terminated): the owner computes the newest request itself. */
  onBroken: () => void;
}

export interface WorkerSlot<Port> {
  /** The worker, created on first use; null when none can be created or it has failed once. */
  get(): Port | null;
  dispose(): void;
}

/**
 * The one worker of a service (analysis, insights), made on first use. A worker that cannot
 * be created, or that reports an error (its script failed to load, or threw outside a
 * request), is given up for the rest of the session: the error is reported, the worker ended,
 * and the service computes in its own thread from then on (`onBroken` for the request that
 * was waiting).
 */
export function createWorkerSlot<Port extends WorkerPortOf<Response>, Response>(options: WorkerSlotOptions<Port, Response>): WorkerSlot<Port> {
  let worker: Port | null = null;
  let broken = false;
  return {
    get() {
      if (worker || broken || !options.create) return worker;
      try {
        const created = options.create();
        created.addEventListener('message', (event: MessageEvent<Response>) => options.onMessage(event.data));
        created.addEventListener('error', (event: Event) => {
          options.reportError(event);
          broken = true;
          worker?.terminate();
          worker = null;
          options.onBroken();
        });
        worker = created;
      } catch (error) {
        options.reportError(error);
        broken = true;
      }
      return worker;
    },
    dispose() {
      worker?.terminate();
      worker = null;
    },
  };
}

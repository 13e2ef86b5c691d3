import type { ImprovementInsights, InsightOptions } from '../../../shared/improve/insights';
import type { ProcessMap } from '../../../shared/model/types';
import type { Subscribable } from '../store/subscribers';

/** The improvement insights (comparison, suggestions) of the document, kept by the insight service. */
export interface InsightState {
  /** Of the newest document when `pending` is false; of an older one (or null) while it is true. */
  insights: ImprovementInsights | null;
  /** True while the insights of a newer document are computed (a worker on a large map, or the code still loading). */
  pending: boolean;
}

/**
 * Computes the comparison and the suggestions once per document change for every view that
 * shows them (comparison, PICK chart, future preview, actions panel, export). Small maps are
 * computed after every change; large ones only while a view asks for them (`demand`), in a
 * worker beside the analysis so the UI thread stays free.
 */
export interface InsightService extends Subscribable<InsightState> {
  /** A view that shows insights is open: large maps are computed too until the returned release is called. */
  demand(): () => void;
  /** The insights of the document as it is now (waiting for them when needed): for the export. */
  whenCurrent(): Promise<ImprovementInsights>;
  dispose(): void;
}

export type ComputeInsights = (map: ProcessMap, options: InsightOptions) => ImprovementInsights;

export interface InsightRequest {
  version: number;
  map: ProcessMap;
  options: InsightOptions;
}

export type InsightResponse = { version: number; ok: true; insights: ImprovementInsights } | { version: number; ok: false; message: string };

/** The part of a Web Worker the service uses (so tests can pass a fake). */
export interface InsightWorkerPort {
  postMessage(request: InsightRequest): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<InsightResponse>) => void): void;
  addEventListener(type: 'error', listener: (event: Event) => void): void;
  terminate(): void;
}

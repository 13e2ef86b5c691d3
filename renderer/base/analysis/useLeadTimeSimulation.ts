import { useEffect, useState } from 'react';
import { DEFAULT_SIMULATED_CASES, type SimulationResult } from '../../../shared/analysis/simulate';
import type { MapSettings, MapState } from '../../../shared/model/types';
import type { Language } from '../../../shared/model/vocabulary';
import { createAppSimulationRunner, type SimulationRunner } from './simulationRunner';

export type LeadTimeSimulationStatus =
  | { phase: 'running'; casesDone: number; casesTotal: number }
  | { phase: 'done'; results: SimulationResult[] }
  | { phase: 'failed'; message: string };

/** Edits in quick succession start one simulation, after the typing pauses. */
const START_DELAY_MS = 400;

export interface LeadTimeSimulationRequest {
  /** Simulated one after the other (the current and the future state in the comparison). */
  states: readonly MapState[];
  settings: MapSettings;
  language: Language;
  seed: number;
  cases?: number;
}

/**
 * The simulated lead-time distribution of `states` (domain.md section 8) in a Web Worker,
 * with the cases done so far while it runs; started again (the old run cancelled) when a
 * state, the settings or the seed change. Same states, count and seed: same figures.
 */
export function useLeadTimeSimulation({ states, settings, language, seed, cases = DEFAULT_SIMULATED_CASES }: LeadTimeSimulationRequest): LeadTimeSimulationStatus {
  const [runner] = useState<SimulationRunner>(createAppSimulationRunner);
  const [status, setStatus] = useState<LeadTimeSimulationStatus>({ phase: 'running', casesDone: 0, casesTotal: cases * states.length });
  useEffect(() => () => runner.cancel(), [runner]);
  useEffect(() => {
    let live = true;
    setStatus({ phase: 'running', casesDone: 0, casesTotal: cases * states.length });
    const timer = setTimeout(() => {
      const job = { inputs: states.map((state) => ({ state, settings, language })), cases, seed };
      void runner
        .run(job, (casesDone, casesTotal) => {
          if (live) setStatus({ phase: 'running', casesDone, casesTotal });
        })
        .then((outcome) => {
          if (!live || (!outcome.ok && outcome.reason === 'cancelled')) return;
          setStatus(outcome.ok ? { phase: 'done', results: outcome.results } : { phase: 'failed', message: outcome.message });
        });
    }, START_DELAY_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [runner, states, settings, language, seed, cases]);
  return status;
}

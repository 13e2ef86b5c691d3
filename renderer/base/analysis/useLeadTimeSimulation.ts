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
 * The simulated lead-time distribution of `states` (domain.md section 8) on Web Workers (one per core, simulationRunner.ts),
 * with the cases done so far while it runs; started again (the old run cancelled) when a
 * state, the settings or the seed change. Same states, count and seed: same figures.
 */
export function useLeadTimeSimulation({ states, settings, language, seed, cases = DEFAULT_SIMULATED_CASES }: LeadTimeSimulationRequest): LeadTimeSimulationStatus {
  const [runner] = useState<SimulationRunner>(createAppSimulationRunner);
  const starting: LeadTimeSimulationStatus = { phase: 'running', casesDone: 0, casesTotal: cases * states.length };
  const [status, setStatus] = useState<LeadTimeSimulationStatus>(starting);
  // New inputs show "running" from the first render on (React's adjust-state-while-rendering pattern).
  const [inputs, setInputs] = useState({ states, settings, language, seed, cases });
  if (inputs.states !== states || inputs.settings !== settings || inputs.language !== language || inputs.seed !== seed || inputs.cases !== cases) {
    setInputs({ states, settings, language, seed, cases });
    setStatus(starting);
  }
  // Leaving the view ends its workers too (they outlive a finished run, for the next edit).
  useEffect(() => () => runner.dispose(), [runner]);
  useEffect(() => {
    let live = true;
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

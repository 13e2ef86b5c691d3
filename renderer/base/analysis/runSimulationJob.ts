import { simulateLeadTimes, type SimulationResult } from '../../../shared/analysis/simulate';
import type { SimulationJob } from './simulationTypes';

/** Progress at most this often (cases), so posting messages costs nothing next to simulating. */
const PROGRESS_EVERY_CASES = 500;

/** Runs a job's simulations one after the other (shared/analysis/simulate), reporting cases done over the whole job. */
export function runSimulationJob(job: SimulationJob, onProgress: (casesDone: number, casesTotal: number) => void): SimulationResult[] {
  const casesTotal = job.cases * job.inputs.length;
  return job.inputs.map((input, index) =>
    simulateLeadTimes(input, {
      cases: job.cases,
      seed: job.seed,
      progressEveryCases: PROGRESS_EVERY_CASES,
      onProgress: (casesDone) => onProgress(index * job.cases + casesDone, casesTotal),
    }),
  );
}

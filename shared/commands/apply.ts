import { enablePatches, produce, produceWithPatches, type Patch } from 'immer';
import { breaksParallelBlocks, findNewBlockProblem } from '../analysis/parallelQueries';
import { materializeFuture } from '../improve/futureState';
import type { MapProblem } from '../model/problems';
import type { Language } from '../model/vocabulary';
import type { ProcessMap } from '../model/types';
import { actionHandlers } from './actions';
import { annotationHandlers } from './annotations';
import { causeHandlers } from './causes';
import { elementHandlers } from './elements';
import { flowHandlers } from './flows';
import { laneHandlers } from './lanes';
import { mapHandlers } from './map';
import type { MapDraft } from './graph';
import type { CommandHandlers } from './registry';
import { stepHandlers } from './steps';
import type { Command, CommandType } from './types';

enablePatches();

/** Every command type with its handler; TypeScript fails when a type has none. */
const commandHandlers: CommandHandlers<CommandType> = {
  ...mapHandlers,
  ...laneHandlers,
  ...stepHandlers,
  ...flowHandlers,
  ...annotationHandlers,
  ...elementHandlers,
  ...actionHandlers,
  ...causeHandlers,
};

/** Every command type, read off the handler registry (which TypeScript holds to the Command union). */
export const COMMAND_TYPES = Object.keys(commandHandlers) as CommandType[];

export interface CommandResult {
  /** The new document; the same object as the input when nothing changed. */
  map: ProcessMap;
  /** Immer patches from the old to the new document; empty when nothing changed. */
  patches: Patch[];
  /** Patches back from the new to the old document (the undo of this command). */
  inversePatches: Patch[];
}

/**
 * Applies one editing command to a document, purely: the input is not modified.
 * A command that is not applicable (unknown ids, `target: 'future'` without a future state,
 * values the file format refuses, an edit that would make the file invalid, such as one that
 * breaks a well-structured parallel block) or that changes nothing returns the same map with
 * empty patches, so it never becomes a history entry.
 */
export function applyCommand(map: ProcessMap, command: Command): CommandResult {
  if (map.future === null && 'target' in command && command.target === 'future') return applyToDerivedFuture(map, command);
  // TypeScript cannot correlate the union of handlers with the union of commands; the
  // registry's mapped type guarantees that the handler found under a type takes that type.
  const handler = commandHandlers[command.type] as unknown as (draft: MapDraft, command: Command) => void;
  const [next, patches, inversePatches] = produceWithPatches(map, (draft) => {
    handler(draft, command);
  });
  if (patches.length === 0) return { map, patches: [], inversePatches: [] };
  if (mayChangeBlocks(command)) {
    // A badly structured parallel block makes the file unopenable (domain.md section 7).
    const before = 'target' in command && command.target === 'future' ? map.future : map;
    const after = 'target' in command && command.target === 'future' ? next.future : next;
    if (before && after && breaksParallelBlocks(before, after)) return { map, patches: [], inversePatches: [] };
  }
  return { map: next, patches, inversePatches };
}

/**
 * Why `command` would be refused for breaking a parallel block: the first problem of the
 * edited state (naming the split and the flow, in `language`), or null when the command does
 * not break a block (it applies, or is refused for another reason). For the editor's message
 * after a refused connection or addition.
 */
export function findBlockProblemOfCommand(map: ProcessMap, command: Command, language: Language): MapProblem | null {
  if (!mayChangeBlocks(command)) return null;
  // A derived future is stored by its first edit (applyToDerivedFuture): judge that stored one.
  if (map.future === null && 'target' in command && command.target === 'future') return findBlockProblemOfCommand(materializeFuture(map), command, language);
  const handler = commandHandlers[command.type] as unknown as (draft: MapDraft, command: Command) => void;
  const next = produce(map, (draft) => {
    handler(draft, command);
  });
  const future = 'target' in command && command.target === 'future';
  const before = future ? map.future : map;
  const after = future ? next.future : next;
  return before && after ? findNewBlockProblem(before, after, language) : null;
}

/**
 * An edit of the future while none is stored: the future the actions make is shown (and
 * analysed) in its place, so the edit first stores it (futureState.ts rule 2) and then
 * applies; both are one history entry, and undo returns to the derived future. An edit that
 * changes nothing stores nothing.
 */
function applyToDerivedFuture(map: ProcessMap, command: Command): CommandResult {
  const stored = materializeFuture(map);
  const edited = applyCommand(stored, command);
  if (edited.map === stored) return { map, patches: [], inversePatches: [] };
  return {
    map: edited.map,
    patches: [{ op: 'replace', path: ['future'], value: edited.map.future }],
    inversePatches: [{ op: 'replace', path: ['future'], value: null }],
  };
}

/** Commands that can change which flows meet which steps, or a step's type. */
function mayChangeBlocks(command: Command): boolean {
  switch (command.type) {
    case 'step/add':
    case 'flow/add':
    case 'elements/delete':
    case 'elements/paste':
    case 'lane/delete':
      return true;
    case 'step/update':
      return command.patch.type !== undefined;
    case 'flow/update':
      return command.patch.from !== undefined || command.patch.to !== undefined || command.patch.rework !== undefined;
    default:
      return false;
  }
}

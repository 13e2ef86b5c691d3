import type { MapDraft } from './graph';
import type { Command, CommandType } from './types';

/**
 * A command handler mutates the Immer draft in place. It validates before it writes:
 * a command that is not applicable (unknown id, missing future state, a value the format
 * refuses) leaves the draft untouched, which yields empty patches.
 */
export type CommandHandler<Type extends CommandType> = (draft: MapDraft, command: Extract<Command, { type: Type }>) => void;

/** Handlers of one command family, keyed by command type. */
export type CommandHandlers<Type extends CommandType> = { [Key in Type]: CommandHandler<Key> };

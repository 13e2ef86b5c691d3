import type { Command, CommandType } from '../../shared/commands/types';

/** i18n key (namespace `app`) of the history label of each command type: "Undo add step". */
const LABEL_KEYS: { [Type in CommandType]: string } = {
  'map/set-meta': 'app:history.mapSetMeta',
  'map/set-settings': 'app:history.mapSetSettings',
  'lane/add': 'app:history.laneAdd',
  'lane/update': 'app:history.laneUpdate',
  'lane/move': 'app:history.laneMove',
  'lane/delete': 'app:history.laneDelete',
  'step/add': 'app:history.stepAdd',
  'step/update': 'app:history.stepUpdate',
  'step/move': 'app:history.stepMove',
  'flow/add': 'app:history.flowAdd',
  'flow/update': 'app:history.flowUpdate',
  'annotation/add': 'app:history.annotationAdd',
  'annotation/update': 'app:history.annotationUpdate',
  'annotation/move': 'app:history.annotationMove',
  'elements/delete': 'app:history.elementsDelete',
  'elements/paste': 'app:history.elementsPaste',
  'layout/apply': 'app:history.layoutApply',
};

export function historyLabelKeyOf(command: Command): string {
  return LABEL_KEYS[command.type];
}

import type { TFunction } from 'i18next';
import type { CaptureProblem } from '../../../shared/capture/readCaptureLine';
import { durationProblemMessage } from '../../../shared/i18n/readDuration';
import { renderTextMessage } from '../../../shared/i18n/textMessage';

/** Why a typed line was not placed, naming the part: "Wachttijd: ‘2 maanden’ is geen duur: …". */
export function captureProblemText(problem: CaptureProblem, t: TFunction): string {
  switch (problem.code) {
    case 'empty-role':
      return t('capture:problem.emptyRole');
    case 'no-step':
      return t('capture:problem.noStep');
    case 'bad-time':
      return t(problem.part === 'wait' ? 'capture:problem.badWait' : 'capture:problem.badWork', {
        reason: renderTextMessage(durationProblemMessage(problem.problem), t),
      });
    case 'twice':
      return t(problem.part === 'wait' ? 'capture:problem.twiceWait' : 'capture:problem.twiceWork', { text: problem.text });
  }
}

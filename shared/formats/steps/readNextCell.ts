import type { Language } from '../../model/vocabulary';
import type { TextMessage } from '../../i18n/textMessage';
import type { Cell } from '../logReader';
import { plainCellText, readPercentCell } from './readStepCells';

/** One next step of a `Volgende` cell: an id or label, with an optional chance (0..1). */
export interface NextTarget {
  name: string;
  probability: number | null;
}

/** The parts of a cell, split at `;` and line breaks outside parentheses. */
function parts(text: string): string[] {
  const found: string[] = [];
  let depth = 0;
  let current = '';
  for (const character of text) {
    if (character === '(') depth += 1;
    else if (character === ')') depth = Math.max(0, depth - 1);
    if (depth === 0 && (character === ';' || character === '\n' || character === '\r')) {
      found.push(current);
      current = '';
    } else current += character;
  }
  found.push(current);
  return found.map((part) => part.trim()).filter((part) => part !== '');
}

const WITH_CHANCE = /^(.*?)\s*\(([^()]*)\)$/s;

/**
 * Reads a `Volgende`/`Next` cell (domain.md section 10): next steps by id or label,
 * separated by `;`, each with an optional chance in parentheses — `Goedkeuren (80%);
 * Aanvullen (20%)`, also `(0,8)`. Parentheses that hold no number belong to the name
 * ("Controle (intern)"). Chances of one cell that sum above 100 % are a problem.
 */
export function readNextCell(cell: Cell | undefined, language: Language): { targets: NextTarget[]; problems: TextMessage[] } {
  const problems: TextMessage[] = [];
  const targets: NextTarget[] = [];
  for (const part of parts(plainCellText(cell))) {
    const match = WITH_CHANCE.exec(part);
    if (match && (match[1] as string).trim() !== '') {
      const chanceText = (match[2] as string).replace(/\s+%$/, '%').trim();
      // A bare number up to 1 is a fraction (0,8), above it a percentage (80).
      const asFraction = readPercentCell(chanceText, language, true);
      const chance = asFraction.kind === 'fraction' ? asFraction : readPercentCell(chanceText, language, false);
      if (chance.kind === 'fraction') {
        targets.push({ name: (match[1] as string).trim(), probability: chance.value });
        continue;
      }
      // A number that is no chance ("(150%)") is a problem; other text in parentheses is part of the name.
      if (/^[\d\s.,%+-]+$/.test(chanceText)) {
        problems.push(chance.kind === 'invalid' ? chance.message : { key: 'formats:cell.percentRange', params: { text: chanceText } });
        targets.push({ name: (match[1] as string).trim(), probability: null });
        continue;
      }
    }
    targets.push({ name: part, probability: null });
  }
  const sum = targets.reduce((total, target) => total + (target.probability ?? 0), 0);
  if (sum > 1.001) {
    problems.push({ key: 'formats:cell.chancesAbove100', params: { sum: String(Math.round(sum * 1000) / 10) } });
    for (const target of targets) target.probability = null;
  }
  return { targets, problems };
}

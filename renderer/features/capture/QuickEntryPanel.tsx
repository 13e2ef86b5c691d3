import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { captureAnchor } from '../../../shared/capture/planCaptureLine';
import { useCanvas, useDocuments, useSession, useSessionState, useShownState } from '../../base/hooks';
import { readShownState } from '../../base/session/shownState';
import { uiLanguageOf } from '../../base/i18n';
import { captureProblemText } from './captureProblemText';
import { placeCaptureLine } from './placeCaptureLine';
import './quickEntry.css';

interface PlacedLine {
  text: string;
  stepId: string;
}

/**
 * The quick entry for a workshop (issue 17 item 3): a facilitator types one step per line;
 * Enter puts each line on the map at once, as one undo entry, chained after the step before.
 * Several lines (pasted) are placed one by one until a line cannot be read; that line and
 * the ones after it stay in the field with the reason. Placed lines are a record, not an
 * editor: they are changed or deleted on the map, and Ctrl+Z on an empty field takes the
 * last one away again (the list follows undo and redo, because it shows only steps that exist).
 */
function QuickEntry() {
  const { t, i18n } = useTranslation('capture');
  const documents = useDocuments();
  const session = useSession();
  const canvas = useCanvas();
  const shown = useShownState();
  const closeQuickEntry = (): void => session.setQuickEntryOpen(false);
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [placed, setPlaced] = useState<PlacedLine[]>([]);
  // Where the first line goes: after the selected step, else before the end (captureAnchor).
  const [firstAnchor] = useState(() => captureAnchor(readShownState(documents, session), session.getState().selection.stepIds));
  const input = useRef<HTMLTextAreaElement>(null);
  const list = useRef<HTMLOListElement>(null);

  useEffect(() => {
    // The steps appear on the canvas: from the comparison or the payoff chart, show the map they go into.
    const { view, target } = session.getState();
    if (view !== 'current' && view !== 'future') session.setView(target);
    input.current?.focus();
  }, [session]);
  const existing = new Set(shown.steps.map((step) => step.id));
  const visible = placed.filter((line) => existing.has(line.stepId));
  // After an undo the last placed step is gone: the next line follows the one before it.
  const previousStepId = visible.length > 0 ? (visible[visible.length - 1] as PlacedLine).stepId : firstAnchor !== null && existing.has(firstAnchor) ? firstAnchor : null;
  const previousLabel = shown.steps.find((step) => step.id === previousStepId)?.label ?? null;

  useEffect(() => {
    list.current?.lastElementChild?.scrollIntoView({ block: 'nearest' });
  }, [visible.length]);

  const submit = (): void => {
    const lines = text.split(/\r?\n/);
    let previous = previousStepId;
    const added: PlacedLine[] = [];
    let index = 0;
    let reason: string | null = null;
    for (; index < lines.length; index += 1) {
      const line = lines[index] as string;
      const result = placeCaptureLine(documents, session, line, { previousStepId: previous, language: uiLanguageOf(i18n), defaultLaneName: t('defaultLane') });
      if (result.kind === 'empty') continue;
      if (result.kind === 'placed') {
        added.push({ text: line.trim(), stepId: result.stepId });
        previous = result.stepId;
        continue;
      }
      reason = result.kind === 'invalid' ? captureProblemText(result.problem, t) : t('problem.rejected');
      break;
    }
    if (added.length > 0) {
      // Forget undone lines: a new line after an undo starts a new branch of history.
      setPlaced([...visible, ...added]);
      session.select({ stepIds: [previous as string] });
      // The whole process in view as it grows: the room sees every step, not only the newest.
      canvas.fitView();
    }
    setProblem(reason);
    setText(lines.slice(index).join('\n').replace(/^\n+/, ''));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>): void => {
    const mod = event.ctrlKey || event.metaKey;
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      submit();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      closeQuickEntry();
    } else if (mod && text === '' && (event.key.toLowerCase() === 'z' || event.key.toLowerCase() === 'y')) {
      // An empty field has no typing to undo: Ctrl+Z takes the last placed step away, Ctrl+Y / Ctrl+Shift+Z brings it back.
      event.preventDefault();
      if (event.key.toLowerCase() === 'y' || event.shiftKey) documents.redo();
      else documents.undo();
      canvas.fitView();
    }
  };

  return (
    <aside className="sl-quick" aria-labelledby="sl-quick-title" data-testid="quick-entry">
      <header className="sl-quick__header">
        <h2 id="sl-quick-title" className="sl-quick__title">
          {t('title')}
        </h2>
        <button type="button" className="sl-quick__close" onClick={closeQuickEntry}>
          {t('close')}
        </button>
      </header>
      <p className="sl-quick__intro">{t('intro')}</p>
      <p className="sl-quick__example">{t('example')}</p>
      <p className="sl-quick__rules">{t('rules')}</p>
      {visible.length > 0 ? (
        <>
          <p className="sl-quick__count" aria-live="polite">
            {t('placedCount', { count: visible.length })}
          </p>
          <ol ref={list} className="sl-quick__placed" aria-label={t('placed')} data-testid="quick-entry-placed">
            {visible.map((line) => (
              <li key={line.stepId}>{line.text}</li>
            ))}
          </ol>
        </>
      ) : null}
      <p className="sl-quick__after">{previousLabel !== null ? t('after', { step: previousLabel }) : t('afterNothing')}</p>
      <label className="sl-quick__label" htmlFor="sl-quick-input">
        {t('inputLabel')}
      </label>
      <textarea
        id="sl-quick-input"
        ref={input}
        className="sl-quick__input"
        rows={2}
        value={text}
        placeholder={t('placeholder')}
        spellCheck={false}
        aria-invalid={problem !== null}
        aria-describedby={problem !== null ? 'sl-quick-problem' : undefined}
        onChange={(event) => {
          setText(event.target.value);
          if (problem !== null) setProblem(null);
        }}
        onKeyDown={onKeyDown}
      />
      {problem !== null ? (
        <p id="sl-quick-problem" className="sl-quick__problem" role="alert" data-testid="quick-entry-problem">
          {t('notPlaced', { reason: problem })}
        </p>
      ) : null}
      <p className="sl-quick__hint">{t('undoHint')}</p>
    </aside>
  );
}

export function QuickEntryHost() {
  const open = useSessionState((state) => state.quickEntryOpen);
  return open ? <QuickEntry /> : null;
}

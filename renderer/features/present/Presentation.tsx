import { useEffect, useMemo, useRef, useState } from 'react';
import { getTranslator } from '../../../shared/i18n/translator';
import { useDocumentState, useInsightService, useSession } from '../../base/hooks';
import './presentation.css';
import { buildStages, type PictureRequest, type Stage, type StagePicture, type StagePictures } from './presentationStages';

/** The map drawing as an image (an SVG shown as an image runs no script and loads nothing), drawn when its stage is first shown. */
function MapPicture({ request, pictures, label }: { request: PictureRequest; pictures: StagePictures; label: string }) {
  const picture: StagePicture | null = useMemo(() => pictures.get(request), [pictures, request]);
  const url = useMemo(() => (picture ? URL.createObjectURL(new Blob([picture.svg], { type: 'image/svg+xml' })) : null), [picture]);
  useEffect(() => () => (url ? URL.revokeObjectURL(url) : undefined), [url]);
  if (!url) return null;
  return <img className="sl-present__map" src={url} alt={label} data-testid="present-map" />;
}

function StageBody({ stage, pictures }: { stage: Stage; pictures: StagePictures }) {
  switch (stage.kind) {
    case 'current':
      return (
        <>
          <MapPicture request={stage.picture} pictures={pictures} label={stage.title} />
          <div className="sl-present__tiles">
            {stage.tiles.map(([label, value]) => (
              <div key={label} className="sl-present__tile">
                <span className="sl-present__tile-label">{label}</span>
                <span className="sl-present__tile-value">{value}</span>
              </div>
            ))}
          </div>
        </>
      );
    case 'time':
      return (
        <div className="sl-present__columns">
          {stage.time ? (
            <div className="sl-present__split">
              <div className="sl-present__bar" aria-hidden="true">
                <span className="sl-present__bar-wait" style={{ flexGrow: stage.time.waitHours }} />
                <span className="sl-present__bar-work" style={{ flexGrow: Math.max(stage.time.processHours, stage.time.waitHours / 100) }} />
              </div>
              <p className="sl-present__big">
                {stage.labels.waiting}: <strong>{stage.time.waitText}</strong> ({stage.time.waitShareText})
              </p>
              <p className="sl-present__big">
                {stage.labels.working}: <strong>{stage.time.processText}</strong>
              </p>
            </div>
          ) : null}
          <div>
            <h2 className="sl-present__subtitle">{stage.labels.longestWaits}</h2>
            <ol className="sl-present__list">
              {stage.waits.map((wait, index) => (
                <li key={index}>
                  <span className="sl-present__clip">{wait.step}</span> <strong>{wait.wait}</strong>
                </li>
              ))}
            </ol>
          </div>
        </div>
      );
    case 'finding':
      return (
        <>
          <MapPicture request={stage.picture} pictures={pictures} label={stage.finding.title} />
          <div className="sl-present__finding">
            <p className="sl-present__counter">{stage.counter}</p>
            <p className="sl-present__big sl-present__clip">
              <strong>{stage.finding.title}</strong>
            </p>
            <p className="sl-present__text">{stage.finding.explanation}</p>
            <p className="sl-present__big">
              {/* A delay costs no wages: the plan shows no amount, so neither does the screen. */}
              {stage.finding.cost === '–' ? stage.finding.hours : `${stage.finding.hours} · ${stage.finding.cost}`}
            </p>
          </div>
        </>
      );
    case 'actions':
      return stage.actions.length === 0 ? (
        <p className="sl-present__big">{stage.empty}</p>
      ) : (
        <ol className="sl-present__list">
          {stage.actions.map((action) => (
            <li key={action.number}>
              <strong className="sl-present__clip">{action.title}</strong>
              <span className="sl-present__muted">
                {' '}
                {action.owner} · {action.dueDate}
              </span>
            </li>
          ))}
        </ol>
      );
    case 'future':
      return <MapPicture request={stage.picture} pictures={pictures} label={stage.title} />;
    case 'before-after':
      return (
        <table className="sl-present__table">
          <thead>
            <tr>
              {stage.header.map((text) => (
                <th key={text}>{text}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {stage.rows.map((row) => (
              <tr key={row.label}>
                <td>{row.label}</td>
                <td>{row.before}</td>
                <td>{row.after}</td>
                <td>{row.change}</td>
              </tr>
            ))}
          </tbody>
        </table>
      );
  }
}

const NEXT_KEYS = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Enter']);
const PREVIOUS_KEYS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace']);

/**
 * Presentation mode (F5 or the toolbar's Present): the whole window, large type, the map
 * fitted to the screen; the arrow keys step through the stages, Esc returns to editing.
 * It reads the document and changes nothing: keys are taken before the editor's
 * shortcuts see them, so Escape does not clear the selection and Delete deletes nothing.
 */
export function Presentation() {
  const map = useDocumentState((state) => state.map);
  const session = useSession();
  const insights = useInsightService();
  // The stages of the map as it was when presenting started (nothing can edit it meanwhile),
  // from the insight service's comparison (computed already, or in its worker for a large map):
  // the window shows the title at once and the first stage as soon as the facts are there;
  // each drawing is made when its stage is first shown.
  const [built, setBuilt] = useState<ReturnType<typeof buildStages> | null>(null);
  const [index, setIndex] = useState(0);
  const stageCount = built?.stages.length ?? 1;
  useEffect(() => {
    let live = true;
    const generatedAt = new Date().toISOString();
    insights.whenCurrent().then(
      (current) => {
        if (live) setBuilt(buildStages(map, generatedAt, current.comparison));
      },
      () => {
        // Without the service's figures, compute them here.
        if (live) setBuilt(buildStages(map, generatedAt));
      },
    );
    return () => {
      live = false;
    };
  }, [insights, map]);
  const root = useRef<HTMLDivElement>(null);
  const t = getTranslator(map.meta.language);

  // Once, on opening (asking again later, without the user's key press, is refused).
  useEffect(() => {
    const previousFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    root.current?.focus();
    // Full screen where the platform allows it; the overlay fills the window either way.
    const element = root.current;
    if (element && typeof element.requestFullscreen === 'function' && !document.fullscreenElement) element.requestFullscreen().catch(() => undefined);
    return () => {
      if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
      previousFocus?.focus();
    };
  }, []);

  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      event.preventDefault();
      event.stopImmediatePropagation();
      if (event.key === 'Escape') session.setPresenting(false);
      else if (NEXT_KEYS.has(event.key)) setIndex((current) => Math.min(stageCount - 1, current + 1));
      else if (PREVIOUS_KEYS.has(event.key)) setIndex((current) => Math.max(0, current - 1));
      else if (event.key === 'Home') setIndex(0);
      else if (event.key === 'End') setIndex(stageCount - 1);
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [session, stageCount]);

  const stage = built?.stages[index];
  return (
    <div
      ref={root}
      className="sl-present"
      role="dialog"
      aria-modal="true"
      aria-label={t('deck:present.label')}
      tabIndex={-1}
      data-testid="presentation"
      data-stage={stage?.kind ?? 'preparing'}
      aria-busy={stage === undefined}
    >
      <header className="sl-present__header">
        <h1 className="sl-present__title">{stage?.title ?? `${t('deck:process.title')}: ${map.meta.title}`}</h1>
        {built && stage ? (
          <span className="sl-present__muted" data-testid="present-counter">
            {t('deck:present.stage', { index: index + 1, count: built.stages.length })}
          </span>
        ) : null}
      </header>
      <main className="sl-present__body">{built && stage ? <StageBody stage={stage} pictures={built.pictures} /> : <p className="sl-present__muted">{t('deck:present.preparing')}</p>}</main>
      <footer className="sl-present__footer">{t('deck:present.keys')}</footer>
    </div>
  );
}

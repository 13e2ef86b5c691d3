import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CanvasOverlay } from '../../../base/session/sessionStore';
import { useSession, useSessionState } from '../../../base/hooks';

/** The overlays in menu order; adding one is one entry here plus its texts. */
export const CANVAS_OVERLAYS: readonly CanvasOverlay[] = ['none', 'handoffs', 'heat-wait', 'heat-effort', 'heat-findings'];

function isCanvasOverlay(value: string): value is CanvasOverlay {
  return (CANVAS_OVERLAYS as readonly string[]).includes(value);
}

/** Chooses what the map shows on top of the steps: nothing, the handoffs or a heat map. */
export function OverlaySwitcher() {
  const { t } = useTranslation('improve');
  const session = useSession();
  const overlay = useSessionState((editor) => editor.overlay);
  const id = useId();
  return (
    <div className="overlay-switcher" title={t('overlays.label')}>
      <svg className="overlay-switcher__icon" viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" focusable="false">
        <path d="M10 2l8 4-8 4-8-4zM2 10l8 4 8-4M2 14l8 4 8-4" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinejoin="round" />
      </svg>
      <label htmlFor={id} className="overlay-switcher__label">
        {t('overlays.label')}
      </label>
      <select
        id={id}
        className="overlay-switcher__select"
        data-testid="overlay-switcher"
        value={overlay}
        onChange={(event) => {
          if (isCanvasOverlay(event.target.value)) session.setOverlay(event.target.value);
        }}
      >
        {CANVAS_OVERLAYS.map((option) => (
          <option key={option} value={option}>
            {t(`overlays.modes.${option}`)}
          </option>
        ))}
      </select>
    </div>
  );
}

import './tabbedAside.css';
import { lazy, Suspense, useEffect, useId, useRef, useState, type ComponentType, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FindingCountBadge } from '../features/improve/findings/FindingCountBadge';
import { FindingsPanel } from '../features/improve/findings/FindingsPanel';
import { useSessionState } from '../base/hooks';
import { Inspector } from '../features/panels/Inspector';
import { DistributionPanel } from '../features/panels/DistributionPanel';

// The actions panel (playbook, savings) loads when the tab is first opened.
const ActionsPanel = lazy(() => import('../features/improve/actions/ActionsPanel').then((module) => ({ default: module.ActionsPanel })));

interface AsideTab {
  id: string;
  /** Key in the `improve` namespace. */
  labelKey: string;
  Content: ComponentType;
  /** A small count next to the label, if any. */
  Badge?: ComponentType;
}

/** The tabs of the right-hand panel, in order; adding a tab is one entry here plus its label text. */
const ASIDE_TABS: readonly AsideTab[] = [
  { id: 'properties', labelKey: 'aside.properties', Content: Inspector },
  { id: 'findings', labelKey: 'aside.findings', Content: FindingsPanel, Badge: FindingCountBadge },
  { id: 'actions', labelKey: 'actions:actions.tabLabel', Content: ActionsPanel },
  { id: 'distribution', labelKey: 'aside.distribution', Content: DistributionPanel },
];

/**
 * The right-hand panel as tabs (properties, findings, …). Only the open tab is rendered.
 * Which tab is open is session state of this panel: it never enters the file.
 */
export function TabbedAside() {
  const { t } = useTranslation('improve');
  const [openTabId, setOpenTabId] = useState(ASIDE_TABS[0]?.id ?? '');
  const baseId = useId();
  const openTab = ASIDE_TABS.find((tab) => tab.id === openTabId) ?? ASIDE_TABS[0];
  // A click on a PICK dot or a kaizen burst opens its action in the actions tab.
  const revealActionsRequest = useSessionState((state) => state.revealActionsRequest);
  const seenRevealRequest = useRef(revealActionsRequest);
  useEffect(() => {
    if (revealActionsRequest === seenRevealRequest.current) return;
    seenRevealRequest.current = revealActionsRequest;
    setOpenTabId('actions');
  }, [revealActionsRequest]);
  // The export checklist's "fill in" brings the panel where the missing thing is filled in.
  const panelRequest = useSessionState((state) => state.panelRequest);
  const [seenPanelRequest, setSeenPanelRequest] = useState(panelRequest);
  if (panelRequest !== seenPanelRequest) {
    setSeenPanelRequest(panelRequest);
    if (panelRequest) setOpenTabId(panelRequest.panel);
  }

  // Arrow keys move between tabs, as in every tab list.
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    const index = ASIDE_TABS.findIndex((tab) => tab.id === openTabId);
    const next = ASIDE_TABS[(index + (event.key === 'ArrowRight' ? 1 : ASIDE_TABS.length - 1)) % ASIDE_TABS.length];
    if (!next) return;
    event.preventDefault();
    setOpenTabId(next.id);
    document.getElementById(`${baseId}-tab-${next.id}`)?.focus();
  };

  return (
    <div className="sl-aside-tabs">
      <div className="sl-aside-tabs__list" role="tablist" aria-label={t('aside.label')} onKeyDown={onKeyDown}>
        {ASIDE_TABS.map(({ id, labelKey, Badge }) => (
          <button
            key={id}
            id={`${baseId}-tab-${id}`}
            type="button"
            role="tab"
            className="sl-aside-tabs__tab"
            aria-selected={id === openTab?.id}
            aria-controls={`${baseId}-panel`}
            tabIndex={id === openTab?.id ? 0 : -1}
            data-testid={`aside-tab-${id}`}
            onClick={() => setOpenTabId(id)}
          >
            {t(labelKey)}
            {Badge && <Badge />}
          </button>
        ))}
      </div>
      {openTab && (
        <div id={`${baseId}-panel`} className="sl-aside-tabs__panel" role="tabpanel" aria-labelledby={`${baseId}-tab-${openTab.id}`}>
          <Suspense fallback={null}>
            <openTab.Content />
          </Suspense>
        </div>
      )}
    </div>
  );
}

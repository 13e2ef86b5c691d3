import { lazy } from 'react';
import { QuickEntryHost } from '../features/capture/QuickEntryPanel';
import { FlowCanvas } from '../features/canvas/FlowCanvas';
import { KaizenActionLayer } from '../features/improve/future/KaizenActionLayer';
import { StateTabs } from '../features/improve/future/StateTabs';
import { StateView } from '../features/improve/future/StateView';
import { DiscoveryDialogHost } from '../features/discovery/DiscoveryDialogHost';
import { ImportMapDialogHost } from '../features/mapFiles/ImportMapDialog';
import { ExportMapDialogHost } from '../features/mapFiles/ExportMapDialog';
import { ExportDialogHost } from '../features/export/ExportDialogHost';
import { PresentationHost } from '../features/present/PresentationHost';
import { DiagnosticsList } from '../features/panels/DiagnosticsList';
import { MetricsBar } from '../features/panels/MetricsBar';
import { TimelineLadder } from '../features/panels/TimelineLadder';
import type { AppServices } from './appServices';
import { DialogHost } from './dialogs/DialogHost';
import { StartPanel } from './start/StartPanel';
import { TabbedAside } from './TabbedAside';
import { useCommandShortcuts } from './platform/useCommandShortcuts';
import { useDocumentRequests } from './platform/useDocumentRequests';
import { usePlatformSync } from './platform/usePlatformSync';
import { Toolbar } from './toolbar/Toolbar';

// The follow-up (below the comparison, itself loaded when first opened) loads with it, not with the editor.
const FollowUpSection = lazy(() => import('../features/discovery/FollowUpSection').then((module) => ({ default: module.FollowUpSection })));

/**
 * The main window. It only composes: the toolbar on top; the canvas (with its palette)
 * in the middle between the metrics bar and the timeline ladder; on the right the map's
 * problems (only when there are any) above the tabbed panel (properties, findings, …).
 */
export function App({ services }: { services: AppServices }) {
  const { commandContext, bridge, i18n, dialogs, templates, recovery } = services;
  useCommandShortcuts(commandContext);
  usePlatformSync(bridge, i18n, commandContext);
  useDocumentRequests(bridge, commandContext.files, recovery);
  return (
    <div className="sl-app">
      <Toolbar context={commandContext} />
      <main className="sl-workspace">
        <section className="sl-workspace__center">
          <StateTabs />
          <MetricsBar />
          <div className="sl-workspace__canvas">
            <StateView canvas={<FlowCanvas layers={<KaizenActionLayer />} />} comparisonExtra={<FollowUpSection controller={services.discovery} />} />
          </div>
          <TimelineLadder />
        </section>
        <aside className="sl-workspace__inspector">
          <QuickEntryHost />
          <StartPanel context={commandContext} />
          <DiagnosticsList />
          <TabbedAside />
        </aside>
      </main>
      <DialogHost dialogs={dialogs} templates={templates} />
      <ExportDialogHost exports={services.exports} platform={bridge.kind} onMapInstead={() => services.mapExport.open()} />
      <DiscoveryDialogHost controller={services.discovery} />
      <ImportMapDialogHost controller={services.mapImport} />
      <ExportMapDialogHost store={services.mapExport} map={() => services.editor.documents.getState().map} language={commandContext.language.current()} bridge={bridge} />
      <PresentationHost />
    </div>
  );
}

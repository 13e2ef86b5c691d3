import { lazy, Suspense } from 'react';
import { useSessionState } from '../../base/hooks';

// Presentation mode (its stages, the plan's map and timeline drawings) loads when first opened, not with the editor.
const Presentation = lazy(() => import('./Presentation').then((module) => ({ default: module.Presentation })));

export function PresentationHost() {
  const open = useSessionState((state) => state.presenting);
  return open ? (
    <Suspense fallback={null}>
      <Presentation />
    </Suspense>
  ) : null;
}

import { useTranslation } from 'react-i18next';
import type { StepDiagnostic } from '../flowTypes';

/**
 * What the analysis says is wrong with a step: a warning badge (dead end, unreachable) in the
 * corner, and for a loop without exit a message under the box (the outline is the box's).
 */
export function StepDiagnostics({ diagnostics }: { diagnostics: StepDiagnostic[] }) {
  const { t } = useTranslation('canvas');
  if (diagnostics.length === 0) return null;
  const warnings = diagnostics.filter((diagnostic) => diagnostic.level === 'warning');
  const hasLoop = diagnostics.some((diagnostic) => diagnostic.code === 'loop-without-exit');
  const warningText = warnings.map((diagnostic) => t(`diagnostic.${diagnostic.code}`)).join('\n');
  return (
    <>
      {warnings.length > 0 && (
        <span className="diagnostic-badge" role="img" aria-label={warningText} title={warningText}>
          !
        </span>
      )}
      {hasLoop && (
        <span className="diagnostic-message" title={t('diagnostic.loop-without-exit')}>
          {t('diagnostic.loopShort')}
        </span>
      )}
    </>
  );
}

export function hasErrorDiagnostic(diagnostics: StepDiagnostic[]): boolean {
  return diagnostics.some((diagnostic) => diagnostic.level === 'error');
}

import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../Icon';
import { LAYOUT_TIMEOUT_MS } from './computeLayout';
import { useSession, useSessionState } from '../../../base/hooks';

const DONE_VISIBLE_MS = 4000;

/** Tells what the auto-layout is doing; failures stay until closed, success fades. */
export function LayoutStatusMessage() {
  const { t } = useTranslation('canvas');
  const session = useSession();
  const status = useSessionState((state) => state.layoutStatus);

  useEffect(() => {
    if (status.phase !== 'done') return;
    const timer = setTimeout(() => session.setLayoutStatus({ phase: 'idle' }), DONE_VISIBLE_MS);
    return () => clearTimeout(timer);
  }, [status, session]);

  if (status.phase === 'idle') return null;
  const text =
    status.phase === 'running' ? t('layout.running')
    : status.phase === 'done' ? t('layout.done')
    : status.phase === 'timeout' ? t('layout.timeout', { seconds: Math.round((status.timeoutMs || LAYOUT_TIMEOUT_MS) / 1000) })
    : status.phase === 'changed' ? t('layout.changed')
    : t('layout.failed');
  const isProblem = status.phase === 'timeout' || status.phase === 'failed' || status.phase === 'changed';
  return (
    <div className={`layout-status${isProblem ? ' layout-status--problem' : ''}`} role={isProblem ? 'alert' : 'status'}>
      <span>{text}</span>
      {status.phase !== 'running' && (
        <button type="button" className="layout-status__close" aria-label={t('layout.dismiss')} title={t('layout.dismiss')} onClick={() => session.setLayoutStatus({ phase: 'idle' })}>
          <Icon name="close" />
        </button>
      )}
    </div>
  );
}

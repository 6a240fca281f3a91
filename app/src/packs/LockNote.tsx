/** In the inspector: what of the selected layer is locked, so a refused edit is no surprise. */
import { useT } from '../i18n';
import { LockIcon } from './LockIcon';
import { useLayerLocked, useLockedParamText } from './useLocks';

export function LockNote({ nodeId }: { nodeId: string }) {
  const t = useT();
  const layer = useLayerLocked(nodeId);
  const params = useLockedParamText(nodeId);
  if (!layer && !params) return null;
  return (
    <p className="lock-note" role="note">
      <LockIcon label={t('packs.lock.layer')} />{' '}
      {layer ? t('packs.lock.layerNote') : t('packs.lock.paramsNote', { params })}
    </p>
  );
}

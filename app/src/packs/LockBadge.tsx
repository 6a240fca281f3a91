/** The lock on a canvas node: the whole layer, or some of its parameters, fixed by the teacher. */
import { useT } from '../i18n';
import { LockIcon } from './LockIcon';
import { useLayerLocked, useLockedParamText } from './useLocks';

export function LockBadge({ nodeId }: { nodeId: string }) {
  const t = useT();
  const layer = useLayerLocked(nodeId);
  const params = useLockedParamText(nodeId);
  if (layer) return <LockIcon label={t('packs.lock.layer')} title={t('packs.lock.layerNote')} />;
  if (params) return <LockIcon label={t('packs.lock.paramsNote', { params })} />;
  return null;
}

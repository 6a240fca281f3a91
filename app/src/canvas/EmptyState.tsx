/** What a blank canvas tells a new user: how to begin, an example, and the template gallery. */
import { getLayer } from '../../../src/layers/registry';
import { appCommandContext, runCommand } from '../commands/appContext';
import { getCommand } from '../commands/index';
import { starterChanges } from '../examples/starterMlp';
import { currentT, useT } from '../i18n';
import { documentStore, useDocument } from '../stores/documentStore';
import { uiStore } from '../stores/uiStore';
import { Emphasised, strong } from './Emphasised';
import { getCanvasView } from './view';

/** A layer type as the palette names it, in bold. */
const layer = (type: string) => strong(getLayer(type)?.label ?? type);

export function EmptyState() {
  const t = useT();
  const empty = useDocument((s) => s.project.graph.nodes.length === 0);
  if (!empty) return null;
  const loadExample = () => {
    const doc = documentStore.getState();
    if (doc.apply(starterChanges(doc.project.graph))) {
      const now = currentT();
      uiStore.getState().announce(now('canvas.exampleLoaded', { name: now('canvas.starterName') }));
      getCanvasView()?.fitView();
    }
  };
  return (
    <section className="empty-state" aria-labelledby="empty-state-title">
      <h2 id="empty-state-title">{t('canvas.empty.title')}</h2>
      <ol>
        <li>
          <Emphasised text={t('canvas.empty.step1', { input: layer('Input') })} />
        </li>
        <li>
          <Emphasised
            text={t('canvas.empty.step2', { dense: layer('Dense'), conv: layer('Conv2D') })}
          />
        </li>
        <li>{t('canvas.empty.step3')}</li>
        <li>
          <Emphasised text={t('canvas.empty.step4', { output: layer('Output') })} />
        </li>
      </ol>
      <div className="empty-state__actions">
        <button type="button" onClick={loadExample}>
          {t('canvas.empty.loadExample', { name: t('canvas.starterName') })}
        </button>
        <button
          type="button"
          onClick={() => runCommand(getCommand('newFromTemplate'), appCommandContext())}
        >
          {t('canvas.empty.fromTemplate')}
        </button>
      </div>
    </section>
  );
}

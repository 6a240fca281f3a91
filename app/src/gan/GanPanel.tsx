/**
 * The GAN panel, shown in the training panel when the canvas holds a generator and a
 * discriminator: what each part is, the GAN's own settings, both losses, and what the generator
 * makes (a grid of pictures, or real and generated points on one plane) with a warning when its
 * samples collapse.
 */
import { datasetInfo } from '../../../src/data/catalog';
import { ganParts, isGanGraph } from '../../../src/gan/parts';
import { useT } from '../i18n';
import { analysisOf } from '../stores/analysis';
import { useDocument } from '../stores/documentStore';
import { isActive } from '../stores/trainingReducer';
import { useTraining } from '../stores/trainingStore';
import { CollapseNote } from './CollapseNote';
import { GanLossChart } from './GanLossChart';
import { GanSettings } from './GanSettings';
import { PointsOverlay } from './PointsOverlay';
import { SampleGrid } from './SampleGrid';
import './gan.css';

export function GanPanel() {
  const project = useDocument((s) => s.project);
  if (!isGanGraph(project.graph)) return null;
  return <GanView />;
}

function GanView() {
  const t = useT();
  const project = useDocument((s) => s.project);
  const locked = useTraining((s) => isActive(s.status));
  const samples = useTraining((s) => s.ganSamples);
  const dataShape = project.dataset ? datasetInfo(project.dataset.id)?.inputShape : undefined;
  const split = ganParts(project.graph, analysisOf(project), dataShape);
  const parts = split.kind === 'gan' ? split.parts : null;
  const at = samples ? { epoch: samples.epoch, batch: samples.batch } : null;
  return (
    <section className="gan-panel" aria-label={t('gan.panel')}>
      {parts && (
        <p className="gan-panel__parts">
          {t('gan.parts', {
            generator: parts.generator.graph.nodes.length,
            noise: parts.noiseSize,
            shape: `[${parts.generator.outputShape.join(', ')}]`,
            discriminator: parts.discriminator.graph.nodes.length,
          })}
        </p>
      )}
      <GanSettings locked={locked} />
      <GanLossChart />
      {samples && at ? (
        <>
          <CollapseNote check={samples.check} />
          {samples.images && <SampleGrid images={samples.images} at={at} />}
          {samples.points && <PointsOverlay points={samples.points} at={at} />}
        </>
      ) : (
        <p className="gan-panel__empty">{t('gan.samples.none')}</p>
      )}
    </section>
  );
}

/**
 * The training panel: the dataset with its preview and the settings; the controls with progress
 * and status, what the last Step did to each layer, and the decision boundary for data with two
 * input features; the live loss and metric charts, the confusion matrix, the prediction gallery,
 * the layer norms and the run history.
 */
import { useEffect } from 'react';
import { datasetInfo } from '../../../src/data/catalog';
import { localClassNames } from '../data/datasetText';
import { useT } from '../i18n';
import { useDocument } from '../stores/documentStore';
import { isActive } from '../stores/trainingReducer';
import { trainingStore, useTraining } from '../stores/trainingStore';
import { DecisionBoundary } from './boundary/DecisionBoundary';
import { LossChart, MetricChart } from './charts/ScoreCharts';
import { isGanGraph } from '../../../src/gan/parts';
import { GanPanel } from '../gan/GanPanel';
import { DatasetPicker } from './DatasetPicker';
import { RunHistory } from './history/RunHistory';
import { HostNote } from './HostNote';
import { DatasetPreview } from './preview/DatasetPreview';
import { RunSummary } from './RunSummary';
import { StepDetailPanel } from './step/StepDetailPanel';
import { chartMetric, hasTwoFeatures } from './runRequest';
import { TrainingControls } from './TrainingControls';
import { TrainingProgress } from './TrainingProgress';
import { TrainingSettingsForm } from './TrainingSettingsForm';
import './trainingViews.css';
import { ConfusionMatrix } from './views/ConfusionMatrix';
import { LayerNorms } from './views/LayerNorms';
import { PredictionGallery } from './views/PredictionGallery';
import { WeightsNote } from './WeightsNote';

export function TrainingPanel() {
  const locked = useTraining((s) => isActive(s.status));
  const dataset = useDocument((s) => s.project.dataset);
  const t = useT();
  const info = dataset ? datasetInfo(dataset.id) : undefined;
  const classification = info?.task === 'classification';
  const gan = useDocument((s) => isGanGraph(s.project.graph));
  return (
    <div className="training">
      <RefusalReset />
      <div className="training__setup">
        <HostNote />
        <DatasetPicker locked={locked} />
        {dataset && <DatasetPreview dataset={dataset} />}
        <WeightsNote locked={locked} />
        <TrainingSettingsForm locked={locked} />
      </div>
      <div className="training__run">
        <TrainingControls />
        <TrainingProgress />
        <RunSummary />
        <StepDetailPanel />
        {/* A GAN has no decision boundary; its panel shows real and generated points instead. */}
        {dataset && hasTwoFeatures(dataset.id) && !gan && <DecisionBoundary dataset={dataset} />}
        <GanPanel />
      </div>
      <div className="training__charts">
        <LossChart />
        <ChartOfMetric />
        {classification && (
          <ConfusionMatrix
            classNames={info?.classNames && localClassNames(t, dataset!.id, info.classNames)}
          />
        )}
        {classification && <PredictionGallery dataset={dataset} />}
        <LayerNorms />
        <RunHistory />
      </div>
    </div>
  );
}

/** The run's metric once there is a run; before, the one the project would report. */
function ChartOfMetric() {
  const started = useTraining((s) => s.status !== 'idle');
  const runMetric = useTraining((s) => s.metric);
  const projectMetric = useDocument((s) => chartMetric(s.project));
  return <MetricChart metric={started ? runMetric : projectMetric} />;
}

/** A refusal to start answers the project as it was; any edit takes it away. */
function RefusalReset() {
  const project = useDocument((s) => s.project);
  useEffect(() => trainingStore.getState().refuse(null), [project]);
  return null;
}

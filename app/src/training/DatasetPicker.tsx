/** The dataset to train on, from the catalogue, with what it holds. */
import { DATASET_IDS, DATASET_INFOS, datasetInfo } from '../../../src/data/catalog';
import { formatShape } from '../../../src/layers/shape';
import { useDocument } from '../stores/documentStore';
import { chooseDataset } from './trainingEdits';

export function DatasetPicker({ locked }: { locked: boolean }) {
  const dataset = useDocument((s) => s.project.dataset);
  const info = dataset ? datasetInfo(dataset.id) : undefined;
  return (
    <div className="field">
      <label className="field__label" htmlFor="training-dataset">
        Dataset
      </label>
      <select
        id="training-dataset"
        value={dataset?.id ?? ''}
        disabled={locked}
        aria-describedby="training-dataset-help"
        onChange={(e) => chooseDataset(e.target.value)}
      >
        <option value="">Choose a dataset…</option>
        {DATASET_IDS.map((id) => (
          <option key={id} value={id}>
            {DATASET_INFOS[id].name}
          </option>
        ))}
        {dataset && !info && <option value={dataset.id}>{dataset.id} (unknown)</option>}
      </select>
      <p className="field__help" id="training-dataset-help">
        {info
          ? `${info.description} ${info.task === 'classification' ? `${info.classNames?.length ?? '?'} classes` : 'Regression'}, inputs ${formatShape(info.inputShape)}, ${info.sizes.train.toLocaleString('en-US')} training examples.`
          : dataset
            ? `NeuroCanvas does not know the dataset '${dataset.id}'.`
            : 'The examples the model learns from.'}
      </p>
    </div>
  );
}

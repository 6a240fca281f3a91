/**
 * "Import data…": the user picks a CSV file or a folder of images (one subfolder per class), sets
 * the options, previews what the import finds, and uses it for training. The browser gives the
 * page files, not paths, so the files are uploaded to the host, which imports them by the same
 * rules as `neurocanvas data import` and keeps them in its data folder.
 */
import { useEffect, useRef, useState } from 'react';
import type { ImportReport } from '../../../src/data/import/report';
import type { DatasetRef } from '../../../src/project';
import type { HostClient } from '../../../src/protocol/rendererClient';
import { starterGraph } from '../../../src/data/import/starterGraph';
import type { MessageKey } from '../../../src/i18n';
import { getCanvasView } from '../canvas/view';
import { insertSubgraph } from '../edits/subgraph';
import { documentStore, useDocument } from '../stores/documentStore';
import { currentT, useT } from '../i18n';
import { uiStore } from '../stores/uiStore';
import { importErrorText } from './importErrorText';
import { ImportPreview, type Sample } from './ImportPreview';
import { readPicked, type PickedData } from './importFiles';
import './importDialog.css';

type Kind = 'csv' | 'images';

interface Result {
  upload: string;
  report: ImportReport;
  dataset: DatasetRef;
  samples?: Sample[];
}

const CSV_DEFAULTS = { target: '', normalize: 'standardize', missing: 'drop', badRows: 'skip' };
const IMAGE_DEFAULTS = { size: 28, color: 'grayscale' };

export function ImportDataDialog({
  client,
  onClose,
}: {
  client: HostClient | null;
  onClose: () => void;
}) {
  const t = useT();
  const [kind, setKind] = useState<Kind>('csv');
  const [picked, setPicked] = useState<PickedData | null>(null);
  const [csv, setCsv] = useState(CSV_DEFAULTS);
  const [images, setImages] = useState(IMAGE_DEFAULTS);
  const [result, setResult] = useState<Result | null>(null);
  const [upload, setUpload] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // A blank canvas gets a first model shaped for the data unless the user says otherwise.
  const blank = useDocument((s) => s.project.graph.nodes.length === 0);
  const [starter, setStarter] = useState(blank);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.focus(), []);

  const changed = () => setResult(null);
  const choose = async (files: FileList | null) => {
    setError(null);
    setResult(null);
    setUpload(null);
    const data = files ? await readPicked(kind, files) : null;
    if (data && data.files.length === 0) setError(currentT()('data.import.noImages'));
    setPicked(data && data.files.length > 0 ? data : null);
  };

  const preview = async () => {
    if (!client || !picked) return;
    setBusy(true);
    setError(null);
    const options: Record<string, string | number> =
      kind === 'csv'
        ? Object.fromEntries(Object.entries(csv).filter(([, v]) => v !== ''))
        : { ...images };
    try {
      const reply = await client.request({
        type: 'importData',
        kind: picked.kind,
        name: picked.name,
        ...(upload ? { upload } : { files: picked.files }),
        options,
      });
      setUpload(reply.upload);
      setResult({
        upload: reply.upload,
        report: reply.report,
        dataset: reply.dataset,
        ...(reply.samples ? { samples: reply.samples } : {}),
      });
    } catch (e) {
      setError(importErrorText(currentT(), e));
    } finally {
      setBusy(false);
    }
  };

  const use = () => {
    if (!result) return;
    const doc = documentStore.getState();
    doc.update({ dataset: result.dataset });
    if (starter && blank) {
      const model = starterGraph(result.report);
      if (doc.apply(insertSubgraph(doc.project.graph, model, { x: 0, y: 0 }).changes)) {
        uiStore
          .getState()
          .announce(currentT()('data.import.starterAdded', { name: result.report.name }));
        getCanvasView()?.fitView();
      }
    }
    onClose();
  };

  return (
    <div className="dialog-backdrop">
      <div
        ref={box}
        role="dialog"
        aria-modal="true"
        aria-labelledby="import-data-title"
        tabIndex={-1}
        className="dialog import-dialog"
        onKeyDown={(e) => e.key === 'Escape' && onClose()}
      >
        <h2 id="import-data-title" className="dialog__title">
          {t('data.import.title')}
        </h2>
        {!client && <p role="alert">{t('data.import.noHost')}</p>}
        <fieldset>
          <legend>{t('data.import.what')}</legend>
          {(
            [
              ['csv', 'data.import.kind.csv'],
              ['images', 'data.import.kind.images'],
            ] as const
          ).map(([value, label]) => (
            <label key={value} className="import-dialog__choice">
              <input
                type="radio"
                name="import-kind"
                checked={kind === value}
                onChange={() => {
                  setKind(value);
                  setPicked(null);
                  setResult(null);
                  setUpload(null);
                }}
              />
              {t(label)}
            </label>
          ))}
        </fieldset>
        <label className="import-dialog__file">
          {kind === 'csv' ? t('data.import.csvFile') : t('data.import.imageFolder')}
          <input
            key={kind}
            type="file"
            accept={kind === 'csv' ? '.csv,.tsv,.txt,text/csv' : undefined}
            {...(kind === 'images' ? { webkitdirectory: '', multiple: true } : {})}
            onChange={(e) => void choose(e.target.files)}
          />
        </label>
        {kind === 'csv' ? (
          <fieldset>
            <legend>{t('data.import.csvOptions')}</legend>
            <label className="import-dialog__field">
              {t('data.import.target')}
              <select
                value={csv.target}
                onChange={(e) => {
                  setCsv({ ...csv, target: e.target.value });
                  changed();
                }}
              >
                <option value="">{t('data.import.target.last')}</option>
                {(result?.report.columns ?? []).map((c) => (
                  <option key={c.name} value={c.name}>
                    {c.name}
                  </option>
                ))}
              </select>
            </label>
            <Choice
              label={t('data.import.normalize')}
              value={csv.normalize}
              options={[
                ['standardize', 'data.import.normalize.standardize'],
                ['minmax', 'data.import.normalize.minmax'],
                ['none', 'common.none'],
              ]}
              onChange={(normalize) => (setCsv({ ...csv, normalize }), changed())}
            />
            <Choice
              label={t('data.import.missing')}
              value={csv.missing}
              options={[
                ['drop', 'data.import.missing.drop'],
                ['impute', 'data.import.missing.impute'],
              ]}
              onChange={(missing) => (setCsv({ ...csv, missing }), changed())}
            />
            <Choice
              label={t('data.import.badRows')}
              value={csv.badRows}
              options={[
                ['skip', 'data.import.badRows.skip'],
                ['stop', 'data.import.badRows.stop'],
              ]}
              onChange={(badRows) => (setCsv({ ...csv, badRows }), changed())}
            />
          </fieldset>
        ) : (
          <fieldset>
            <legend>{t('data.import.imageOptions')}</legend>
            <label className="import-dialog__field">
              {t('data.import.imageSize')}
              <input
                type="number"
                min={4}
                max={256}
                value={images.size}
                onChange={(e) => {
                  setImages({ ...images, size: Number(e.target.value) });
                  changed();
                }}
              />
            </label>
            <Choice
              label={t('data.import.colour')}
              value={images.color}
              options={[
                ['grayscale', 'data.import.colour.grayscale'],
                ['rgb', 'data.import.colour.rgb'],
              ]}
              onChange={(color) => (setImages({ ...images, color }), changed())}
            />
          </fieldset>
        )}
        {error && <p role="alert">{error}</p>}
        {busy && <p role="status">{t('data.import.busy')}</p>}
        {result && (
          <ImportPreview
            report={result.report}
            {...(result.samples ? { samples: result.samples } : {})}
          />
        )}
        {blank && (
          <label className="import-dialog__choice">
            <input
              type="checkbox"
              checked={starter}
              onChange={(e) => setStarter(e.target.checked)}
            />
            {t('data.import.starter')}
          </label>
        )}
        <div className="dialog__actions">
          <button
            type="button"
            onClick={() => void preview()}
            disabled={!client || !picked || busy}
          >
            {t('data.import.preview')}
          </button>
          <button type="button" onClick={use} disabled={!result || busy}>
            {t('data.import.use')}
          </button>
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
        </div>
      </div>
    </div>
  );
}

function Choice({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: string;
  options: readonly (readonly [string, MessageKey])[];
  onChange: (value: string) => void;
}) {
  const t = useT();
  return (
    <label className="import-dialog__field">
      {label}
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {t(text)}
          </option>
        ))}
      </select>
    </label>
  );
}

/** What an import found: notes, the columns with their statistics, class balance, example images. */
import { useEffect, useRef } from 'react';
import type { ImportReport } from '../../../src/data/import/report';

export interface Sample {
  label: number;
  pixels: Uint8Array;
}

export function ImportPreview({ report, samples }: { report: ImportReport; samples?: Sample[] }) {
  return (
    <section aria-label="Preview" className="import-preview">
      <p>
        {report.train.toLocaleString('en-US')} training and {report.test.toLocaleString('en-US')}{' '}
        test examples, inputs [{report.inputShape.join(', ')}],{' '}
        {report.task === 'classification'
          ? `${report.targetShape[0]} classes`
          : 'a number to predict'}
        .
      </p>
      {report.notes.length > 0 && (
        <ul aria-label="Notes">
          {report.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
      {report.columns && (
        <table aria-label="Columns">
          <caption>Columns</caption>
          <thead>
            <tr>
              <th scope="col">Column</th>
              <th scope="col">Use</th>
              <th scope="col">Kind</th>
              <th scope="col">Missing</th>
              <th scope="col">Values</th>
            </tr>
          </thead>
          <tbody>
            {report.columns.map((c) => (
              <tr key={c.name}>
                <th scope="row">{c.name}</th>
                <td title={c.why}>{c.role === 'feature' ? 'input' : c.role}</td>
                <td>{c.kind}</td>
                <td>{c.missing}</td>
                <td>
                  {c.kind === 'numeric' && c.mean !== undefined
                    ? `${fmt(c.min!)} to ${fmt(c.max!)}, mean ${fmt(c.mean)}, sd ${fmt(c.std!)}`
                    : (c.top ?? []).map((t) => `${t.value} (${t.count})`).join(', ')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {report.preview && report.preview.rows.length > 0 && (
        <table aria-label="First rows">
          <caption>First rows</caption>
          <thead>
            <tr>
              {report.preview.header.map((h) => (
                <th key={h} scope="col">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {report.preview.rows.slice(0, 5).map((row, i) => (
              <tr key={i}>
                {row.map((cell, j) => (
                  <td key={j}>{cell}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {report.balance && (
        <table aria-label="Class balance">
          <caption>Class balance</caption>
          <thead>
            <tr>
              <th scope="col">Class</th>
              <th scope="col">Training</th>
              <th scope="col">Test</th>
            </tr>
          </thead>
          <tbody>
            {report.balance.classNames.map((name, i) => (
              <tr key={name}>
                <th scope="row">{name}</th>
                <td>{report.balance!.train[i]}</td>
                <td>{report.balance!.test[i]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {samples && samples.length > 0 && (
        <ul aria-label="Example images" className="import-preview__grid">
          {samples.map((s, i) => (
            <li key={i}>
              <SampleImage
                sample={s}
                shape={report.inputShape}
                label={report.balance?.classNames[s.label] ?? String(s.label)}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function SampleImage({ sample, shape, label }: { sample: Sample; shape: number[]; label: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [height = 1, width = 1, channels = 1] = shape;
  useEffect(() => {
    const context = canvas.current?.getContext('2d');
    if (!context) return;
    const image = context.createImageData(width, height);
    for (let p = 0; p < width * height; p++) {
      for (let c = 0; c < 3; c++)
        image.data[p * 4 + c] = sample.pixels[p * channels + (channels === 3 ? c : 0)]!;
      image.data[p * 4 + 3] = 255;
    }
    context.putImageData(image, 0, 0);
  }, [sample, width, height, channels]);
  return (
    <figure>
      <canvas
        ref={canvas}
        width={width}
        height={height}
        role="img"
        aria-label={`Example of ${label}`}
      />
      <figcaption>{label}</figcaption>
    </figure>
  );
}

function fmt(v: number): string {
  return Number(v.toPrecision(3)).toLocaleString('en-US');
}

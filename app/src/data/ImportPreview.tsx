/** What an import found: notes, the columns with their statistics, class balance, example images. */
import { useEffect, useRef } from 'react';
import type { ImportReport } from '../../../src/data/import/report';
import type { Locale } from '../../../src/i18n';
import { useLocale, useT } from '../i18n';
import { columnWhyText, notesText } from './noteText';

export interface Sample {
  label: number;
  pixels: Uint8Array;
}

export function ImportPreview({ report, samples }: { report: ImportReport; samples?: Sample[] }) {
  const t = useT();
  const locale = useLocale((s) => s.locale);
  const fmt = (v: number) => Number(v.toPrecision(3)).toLocaleString(locale);
  const counts = {
    train: report.train,
    test: report.test,
    shape: report.inputShape.join(', '),
  };
  return (
    <section aria-label={t('data.preview.label')} className="import-preview">
      <p>
        {report.task === 'classification'
          ? t('data.preview.summaryClasses', { ...counts, classes: report.targetShape[0] ?? 0 })
          : t('data.preview.summaryNumber', counts)}
      </p>
      {report.notes.length > 0 && (
        <ul aria-label={t('data.preview.notes')}>
          {notesText(t, report.notes, report.noteCodes).map((note, i) => (
            <li key={i}>{note}</li>
          ))}
        </ul>
      )}
      {report.columns && (
        <table aria-label={t('data.preview.columns')}>
          <caption>{t('data.preview.columns')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('data.preview.column')}</th>
              <th scope="col">{t('data.preview.use')}</th>
              <th scope="col">{t('data.preview.kind')}</th>
              <th scope="col">{t('data.preview.missing')}</th>
              <th scope="col">{t('data.preview.values')}</th>
            </tr>
          </thead>
          <tbody>
            {report.columns.map((c) => (
              <tr key={c.name}>
                <th scope="row">{c.name}</th>
                <td title={columnWhyText(t, c)}>{t(`data.preview.role.${c.role}`)}</td>
                <td>{t(`data.preview.kind.${c.kind}`)}</td>
                <td>{c.missing.toLocaleString(locale)}</td>
                <td>
                  {c.kind === 'numeric' && c.mean !== undefined
                    ? t('data.preview.numeric', {
                        min: fmt(c.min!),
                        max: fmt(c.max!),
                        mean: fmt(c.mean),
                        sd: fmt(c.std!),
                      })
                    : (c.top ?? [])
                        .map((top) => `${top.value} (${top.count.toLocaleString(locale)})`)
                        .join(', ')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {report.preview && report.preview.rows.length > 0 && (
        <table aria-label={t('data.preview.firstRows')}>
          <caption>{t('data.preview.firstRows')}</caption>
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
        <table aria-label={t('data.preview.balance')}>
          <caption>{t('data.preview.balance')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('data.preview.class')}</th>
              <th scope="col">{t('data.preview.training')}</th>
              <th scope="col">{t('data.preview.test')}</th>
            </tr>
          </thead>
          <tbody>
            {report.balance.classNames.map((name, i) => (
              <tr key={name}>
                <th scope="row">{name}</th>
                <td>{count(report.balance!.train[i], locale)}</td>
                <td>{count(report.balance!.test[i], locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {samples && samples.length > 0 && (
        <ul aria-label={t('data.preview.examples')} className="import-preview__grid">
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
  const t = useT();
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
        aria-label={t('data.preview.example', { label })}
      />
      <figcaption>{label}</figcaption>
    </figure>
  );
}

function count(value: number | undefined, locale: Locale): string {
  return value === undefined ? '' : value.toLocaleString(locale);
}

/**
 * For a GAN, the Export dialog asks which part to write: the generator alone (what is usually
 * wanted: noise in, samples out), the discriminator alone, or both side by side as one model.
 * `useGanExport` gives the project to export for the choice; any other project goes as it is.
 */
import { useMemo, useState } from 'react';
import { datasetInfo } from '../../../src/data/catalog';
import { GAN_EXPORT_PARTS, ganPartOf, type GanExportPart } from '../../../src/gan/exportPart';
import { isGanGraph } from '../../../src/gan/parts';
import type { Project } from '../../../src/project';
import { useT } from '../i18n';

export function useGanExport(project: Project) {
  const [part, setPart] = useState<GanExportPart>('generator');
  const gan = isGanGraph(project.graph);
  const exported = useMemo(() => {
    if (!gan) return project;
    const shape = project.dataset ? datasetInfo(project.dataset.id)?.inputShape : undefined;
    return ganPartOf(project, part, shape) ?? project;
  }, [gan, project, part]);
  return { gan, part, setPart, exported };
}

export function GanExportChoice({
  part,
  onChoose,
  disabled,
}: {
  part: GanExportPart;
  onChoose(part: GanExportPart): void;
  disabled: boolean;
}) {
  const t = useT();
  return (
    <fieldset className="dialog__section" disabled={disabled}>
      <legend className="dialog__subtitle">{t('gan.export.part')}</legend>
      {GAN_EXPORT_PARTS.map((value) => (
        <label key={value} className="export-dialog__field">
          <input
            type="radio"
            name="gan-export-part"
            value={value}
            checked={part === value}
            onChange={() => onChoose(value)}
          />
          {t(`gan.export.${value}`)}
        </label>
      ))}
    </fieldset>
  );
}

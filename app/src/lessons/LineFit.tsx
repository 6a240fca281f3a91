/**
 * The linear-regression lesson's result: the slope and intercept the neuron learned, beside the
 * ones the dataset was drawn with. Before training there is nothing learned to show.
 */
import { learnedLine, trueLine } from '../../../src/lessons';
import { useT } from '../i18n';
import { useDocument } from '../stores/documentStore';

const show = (n: number) => n.toFixed(3);

export function LineFit() {
  const t = useT();
  const project = useDocument((s) => s.project);
  const truth = trueLine(project);
  const learned = learnedLine(project);
  if (!truth) return <p>{t('lessons.line.noTruth')}</p>;
  const notTrained = t('lessons.line.notTrained');
  return (
    <table className="lesson-fit">
      <caption>{t('lessons.line.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('lessons.line.parameter')}</th>
          <th scope="col">{t('lessons.line.learned')}</th>
          <th scope="col">{t('lessons.line.true')}</th>
        </tr>
      </thead>
      <tbody>
        <tr>
          <th scope="row">{t('lessons.line.slope')}</th>
          <td>{learned ? show(learned.a) : notTrained}</td>
          <td>{show(truth.a)}</td>
        </tr>
        <tr>
          <th scope="row">{t('lessons.line.intercept')}</th>
          <td>{learned ? show(learned.b) : notTrained}</td>
          <td>{show(truth.b)}</td>
        </tr>
      </tbody>
    </table>
  );
}

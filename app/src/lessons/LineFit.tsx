/**
 * The linear-regression lesson's result: the slope and intercept the neuron learned, beside the
 * ones the dataset was drawn with. Before training there is nothing learned to show.
 */
import { learnedLine, trueLine } from '../../../src/lessons';
import { useDocument } from '../stores/documentStore';

const show = (n: number) => n.toFixed(3);

export function LineFit() {
  const project = useDocument((s) => s.project);
  const truth = trueLine(project);
  const learned = learnedLine(project);
  if (!truth) return <p>The true line is known only for the Line dataset.</p>;
  return (
    <table className="lesson-fit">
      <caption>Learned and true line</caption>
      <thead>
        <tr>
          <th scope="col">Parameter</th>
          <th scope="col">Learned</th>
          <th scope="col">True</th>
        </tr>
      </thead>
      <tbody>
        <tr>
          <th scope="row">w (slope)</th>
          <td>{learned ? show(learned.a) : 'not trained yet'}</td>
          <td>{show(truth.a)}</td>
        </tr>
        <tr>
          <th scope="row">b (intercept)</th>
          <td>{learned ? show(learned.b) : 'not trained yet'}</td>
          <td>{show(truth.b)}</td>
        </tr>
      </tbody>
    </table>
  );
}

import type { ManifestProblem } from '../../core/render/checks';
import { formatCount } from '../shared/format-count';
import { ErrorIcon } from '../shared/icons';

/** What the Kubernetes API server would reject in the shown objects; a click shows the value. */
export function ChecksList(props: {
  problems: readonly ManifestProblem[];
  onSelect: (problem: ManifestProblem) => void;
}) {
  const { problems, onSelect } = props;
  if (problems.length === 0) return null;
  return (
    <section className="pv-checks" aria-label="Kubernetes checks">
      <h3 className="pv-checks-title">
        The Kubernetes API server would reject this ({formatCount(problems.length, 'problem')})
      </h3>
      <ul>
        {problems.map((problem, index) => (
          <li key={index}>
            <button type="button" className="pv-check" onClick={() => onSelect(problem)}>
              <ErrorIcon className="severity-error" />
              <span>{problem.message}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

import type { YamlProblem } from '../../core/yaml';

/**
 * Says why the form is read-only: the first YAML error and where it is. The form keeps showing
 * the last values that parsed; nothing is written until the text parses again.
 */
export function SyntaxBanner({ problems }: { readonly problems: readonly YamlProblem[] }) {
  const first = problems[0];
  if (!first) return null;
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
  return (
    <div className="form-banner" role="status" aria-live="polite">
      <strong>The YAML does not parse</strong>: line {first.range.start.line}, column{' '}
      {first.range.start.column}: {first.message}
      {more}. The form shows the last values that parsed and is read-only until the text is fixed.
    </div>
  );
}

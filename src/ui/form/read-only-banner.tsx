import type { YamlProblem } from '../../core/yaml';

/**
 * Tells the user why the form does not respond: the YAML does not parse (the app's banner above
 * says what is wrong). The form keeps the last values that parsed; nothing is written meanwhile.
 */
export function FormReadOnlyBanner({ problems }: { readonly problems: readonly YamlProblem[] }) {
  const first = problems[0];
  if (!first) return null;
  return (
    <p className="form-banner" id="form-read-only-banner">
      <strong>Read-only</strong>: the YAML does not parse (line {first.range.start.line}, column{' '}
      {first.range.start.column}). The form shows the last values that parsed until it does.
    </p>
  );
}

/**
 * How a one-line input maps onto a YAML scalar:
 * - `string`: always a string (the YAML layer quotes it when the plain form would change type);
 * - `integer`: a whole number;
 * - `quantity`: a Kubernetes quantity: written as a number when it is one (`cpu: 2`), else as a
 *   string (`cpu: 500m`).
 */
export type ScalarInputKind = 'string' | 'integer' | 'quantity';

export type ScalarInputResult =
  | { readonly kind: 'set'; readonly value: string | number }
  | { readonly kind: 'remove' }
  | { readonly kind: 'invalid'; readonly message: string };

/**
 * What committing `text` in an input of `kind` does. An empty input removes the key (when the
 * field is optional), so clearing a field never leaves `key: ""` behind.
 */
export function parseScalarInput(
  text: string,
  kind: ScalarInputKind,
  options: { readonly required?: boolean } = {},
): ScalarInputResult {
  const trimmed = text.trim();
  if (trimmed === '') {
    return options.required ? { kind: 'invalid', message: 'Required.' } : { kind: 'remove' };
  }
  switch (kind) {
    case 'string':
      return { kind: 'set', value: text };
    case 'integer':
      return /^-?\d+$/.test(trimmed)
        ? { kind: 'set', value: Number(trimmed) }
        : { kind: 'invalid', message: 'Enter a whole number.' };
    case 'quantity':
      return /^\d+(\.\d+)?$/.test(trimmed)
        ? { kind: 'set', value: Number(trimmed) }
        : { kind: 'set', value: trimmed };
  }
}

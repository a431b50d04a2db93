/**
 * Kubernetes resource quantities (`500m`, `2Gi`, `1e3`), read the way apimachinery's
 * `resource.ParseQuantity` reads them, with its two error texts.
 */

/** `resource.ErrFormatWrong`. */
export const QUANTITY_FORMAT_ERROR =
  "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'";
/** `resource.ErrSuffix`. */
export const QUANTITY_SUFFIX_ERROR = "unable to parse quantity's suffix";

const BINARY_SUFFIXES: Readonly<Record<string, number>> = {
  Ki: 2 ** 10,
  Mi: 2 ** 20,
  Gi: 2 ** 30,
  Ti: 2 ** 40,
  Pi: 2 ** 50,
  Ei: 2 ** 60,
};

const DECIMAL_SUFFIXES: Readonly<Record<string, number>> = {
  n: -9,
  u: -6,
  m: -3,
  '': 0,
  k: 3,
  M: 6,
  G: 9,
  T: 12,
  P: 15,
  E: 18,
};

export type QuantityResult =
  { readonly ok: true; readonly value: number } | { readonly ok: false; readonly message: string };

const DIGITS = /^[0-9]*/u;
const SUFFIX_CHARS = /^[eEinumkKMGTP]*/u;

/** Splits `[sign]digits[.digits]suffix` as `parseQuantityString` does; null = ErrFormatWrong. */
function splitQuantity(text: string): { number: string; suffix: string } | null {
  let rest = text.replace(/^[+-]/u, '');
  const whole = DIGITS.exec(rest)![0];
  rest = rest.slice(whole.length);
  let fraction = '';
  if (rest.startsWith('.')) {
    fraction = DIGITS.exec(rest.slice(1))![0];
    rest = rest.slice(1 + fraction.length);
  }
  const number = `${text.startsWith('-') ? '-' : ''}${whole || '0'}.${fraction || '0'}`;
  // The suffix: letters from the suffix alphabet, then an optionally signed exponent.
  const letters = SUFFIX_CHARS.exec(rest)![0];
  const afterLetters = rest.slice(letters.length).replace(/^[+-]/u, '');
  if (!/^[0-9]*$/u.test(afterLetters)) return null;
  return { number, suffix: rest };
}

/** The multiplier a suffix stands for; null = ErrSuffix. */
function readSuffix(suffix: string): number | null {
  if (Object.hasOwn(BINARY_SUFFIXES, suffix)) return BINARY_SUFFIXES[suffix]!;
  if (Object.hasOwn(DECIMAL_SUFFIXES, suffix)) return 10 ** DECIMAL_SUFFIXES[suffix]!;
  if (suffix.length > 1 && (suffix[0] === 'e' || suffix[0] === 'E')) {
    const exponent = suffix.slice(1);
    if (/^[+-]?[0-9]+$/u.test(exponent)) return 10 ** Number(exponent);
  }
  return null;
}

/**
 * Parses a Kubernetes quantity. `value` is the amount in base units as a float (enough to
 * compare requests with limits and to tell whole numbers); numbers are read as their decimal
 * text, as the API server receives them from the Python client.
 */
export function parseK8sQuantity(input: string | number): QuantityResult {
  const text = typeof input === 'number' ? String(input) : input;
  if (text === '') return { ok: false, message: QUANTITY_FORMAT_ERROR };
  const parts = splitQuantity(text);
  if (!parts) return { ok: false, message: QUANTITY_FORMAT_ERROR };
  const multiplier = readSuffix(parts.suffix);
  if (multiplier === null) return { ok: false, message: QUANTITY_SUFFIX_ERROR };
  return { ok: true, value: Number(parts.number) * multiplier };
}

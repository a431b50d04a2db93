/**
 * The two label-value functions Dagster uses. They differ on purpose (render-run.md §5.3,
 * render-server.md §6.1): run labels REPLACE invalid characters with `-`, code-server labels
 * DELETE them, so `Sales Forecast` is `Sales-Forecast` on a run and `SalesForecast` on a server.
 */

const MAX_LABEL_LENGTH = 63;

/** Python `str.strip(chars)` for a single character. */
function stripChar(value: string, char: string): string {
  let start = 0;
  let end = value.length;
  while (start < end && value[start] === char) start += 1;
  while (end > start && value[end - 1] === char) end -= 1;
  return value.slice(start, end);
}

/** Each strip runs once, in this order, never repeated: that is what Dagster does. */
function stripDashUnderscoreDot(value: string): string {
  return stripChar(stripChar(stripChar(value, '-'), '_'), '.');
}

/**
 * Dagster's `sanitize_k8s_label` for run and step Job labels: first 63 characters, every
 * character outside `[a-zA-Z0-9-_.]` replaced by `-`, then strip `-`, `_`, `.` once each.
 * The result may still be invalid (`_-.a.-_` gives `-.a.-`); callers warn about that.
 */
export function sanitizeRunLabelValue(value: string): string {
  const truncated = Array.from(value).slice(0, MAX_LABEL_LENGTH).join('');
  return stripDashUnderscoreDot(truncated.replace(/[^a-zA-Z0-9\-_.]/gu, '-'));
}

/**
 * The agent's `get_k8s_human_readable_label` for code-server labels: first 63 characters,
 * characters outside `[a-zA-Z0-9-_.]` deleted, then strip `-`, `_`, `.` once each.
 */
export function humanizeServerLabelValue(value: string): string {
  const truncated = Array.from(value).slice(0, MAX_LABEL_LENGTH).join('');
  return stripDashUnderscoreDot(truncated.replace(/[^a-zA-Z0-9\-_.]/gu, ''));
}

const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/u;

/** Whether Kubernetes accepts `value` as a label value (≤ 63 chars, alphanumeric ends). */
export function isValidLabelValue(value: string): boolean {
  return value.length <= MAX_LABEL_LENGTH && LABEL_VALUE.test(value);
}

/**
 * Python `str(float)`: shortest round-trip digits, always a decimal point or exponent,
 * scientific notation when the exponent is below -4 or at least 16 (`1715790000` ->
 * `1715790000.0`, `1e16` -> `1e+16`, `0.00001` -> `1e-05`).
 */
export function formatPythonFloat(value: number): string {
  if (Number.isNaN(value)) return 'nan';
  if (!Number.isFinite(value)) return value > 0 ? 'inf' : '-inf';
  if (value === 0) return Object.is(value, -0) ? '-0.0' : '0.0';
  const [mantissa = '', exponentText = '0'] = value.toExponential().split('e');
  const exponent = Number(exponentText);
  const negative = mantissa.startsWith('-');
  const digits = mantissa.replace(/^-/u, '').replace('.', '');
  const sign = negative ? '-' : '';
  if (exponent < -4 || exponent >= 16) {
    const fraction = digits.slice(1);
    const expSign = exponent < 0 ? '-' : '+';
    const expDigits = String(Math.abs(exponent)).padStart(2, '0');
    return `${sign}${digits[0]}${fraction ? `.${fraction}` : ''}e${expSign}${expDigits}`;
  }
  if (exponent < 0) return `${sign}0.${'0'.repeat(-exponent - 1)}${digits}`;
  const intPart = digits.slice(0, exponent + 1).padEnd(exponent + 1, '0');
  const fracPart = digits.slice(exponent + 1);
  return `${sign}${intPart}.${fracPart || '0'}`;
}

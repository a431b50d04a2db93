import { PLACEHOLDERS } from '../manifests/placeholders';

/**
 * The placeholder tokens that stand for launch-time values (README §5.1). `xxxxxx` (P3) is left
 * out on purpose: it is a valid name part chosen so that length checks stay exact.
 */
const TOKENS: readonly string[] = Object.entries(PLACEHOLDERS)
  .filter(([id]) => id !== 'nameSuffix')
  .map(([, token]) => token);

const AGENT_ENV_TOKEN = /<agent env: [^<>]*>/u;

/** True when `value` holds a placeholder token: such values are exempt from the checks. */
export function containsPlaceholderToken(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  return TOKENS.some((token) => value.includes(token)) || AGENT_ENV_TOKEN.test(value);
}

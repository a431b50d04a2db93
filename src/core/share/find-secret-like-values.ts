import { isAlias, isMap, isScalar, isSeq } from 'yaml';
import type { Document, Node, Scalar } from 'yaml';
import type { ConfigPath, SourceRange } from '../source-range';
import { parseYamlText, rangeFromOffsets } from '../yaml';
import type { ParsedYaml } from '../yaml';
import { isEnvVarListKey, isReferenceValue, isSecretLikeKeyName } from './secret-key-names';

/** What replaces a secret value in the text. A plain scalar in YAML, and obviously not real. */
export const REDACTED = '<redacted>';

/** One value that should not leave the user's machine unless they mean it to. */
export interface SecretLikeValue {
  /** Where the value is, e.g. `['locations', 0, 'container_context', 'k8s', 'env_vars', 1]`. */
  readonly path: ConfigPath;
  /** `env-var`: the VALUE of a `KEY=VALUE` entry or of an `env` item; `secret-key`: under a key such as `password`. */
  readonly kind: 'env-var' | 'secret-key';
  /** The variable's or the key's name, to show the user what would be hidden. */
  readonly name: string;
  /** The value's text (quotes included, for quoted scalars). */
  readonly range: SourceRange;
  /** The value once redacted: `KEY=<redacted>` or `<redacted>`. */
  readonly redactedValue: string;
}

/** A found value with the scalar that holds it, so a redaction can keep its quoting style. */
export interface SecretLikeScalar {
  readonly value: SecretLikeValue;
  readonly node: Scalar;
}

interface Walk {
  readonly parsed: ParsedYaml;
  readonly found: SecretLikeScalar[];
  readonly seen: Set<Node>;
}

function scalarText(node: Scalar): string | undefined {
  const value: unknown = node.value;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  return undefined; // booleans, null and dates are never secrets worth hiding
}

function record(
  walk: Walk,
  node: Scalar,
  path: ConfigPath,
  found: Omit<SecretLikeValue, 'path' | 'range'>,
): void {
  if (walk.seen.has(node) || !node.range) return;
  walk.seen.add(node);
  const [start, valueEnd] = node.range;
  // A block scalar's range runs through its final line break, which must stay in the text.
  let end = valueEnd;
  while (end > start && /[ \t\r\n]/.test(walk.parsed.text.charAt(end - 1))) end -= 1;
  const range = rangeFromOffsets(walk.parsed.lineIndex, start, end);
  walk.found.push({ value: { path, ...found, range }, node });
}

/**
 * The value of a secret-like key is hidden when it is a scalar (or a list of scalars). A map
 * there is walked like any other, each key judged by its own name: under `secret:` a
 * Kubernetes volume source names a Secret (`secret_name`) and holds no secret itself.
 */
function collectUnderSecretKey(walk: Walk, node: unknown, path: ConfigPath, name: string): void {
  const target = isAlias(node) ? node.resolve(walk.parsed.document as Document) : node;
  if (isScalar(target)) {
    const text = scalarText(target);
    if (text === undefined || text === '' || text === REDACTED || isReferenceValue(text)) return;
    record(walk, target, path, { kind: 'secret-key', name, redactedValue: REDACTED });
  } else if (isSeq(target) && target.items.every((item) => isScalar(item) || isAlias(item))) {
    target.items.forEach((item, index) =>
      collectUnderSecretKey(walk, item, [...path, index], name),
    );
  } else if (!isAlias(node)) {
    collect(walk, node, path);
  }
}

/** `KEY=VALUE` entries: only the value is hidden, the name stays so the config still reads. */
function collectEnvVarList(walk: Walk, node: unknown, path: ConfigPath): void {
  if (!isSeq(node)) return;
  node.items.forEach((item, index) => {
    if (!isScalar(item) || typeof item.value !== 'string') return;
    const separator = item.value.indexOf('=');
    if (separator < 0) return;
    const name = item.value.slice(0, separator);
    const value = item.value.slice(separator + 1);
    if (value === '' || value === REDACTED || isReferenceValue(value)) return;
    record(walk, item, [...path, index], {
      kind: 'env-var',
      name,
      redactedValue: `${name}=${REDACTED}`,
    });
  });
}

/** Kubernetes `EnvVar` lists (`env:`): the `value` of each `{name, value}` item. */
function collectEnvList(walk: Walk, node: unknown, path: ConfigPath): void {
  if (!isSeq(node)) return;
  node.items.forEach((item, index) => {
    if (!isMap(item)) return;
    const nameNode = item.items.find(
      (pair) => isScalar(pair.key) && pair.key.value === 'name',
    )?.value;
    const name = isScalar(nameNode) ? String(nameNode.value) : '';
    const pair = item.items.find((entry) => isScalar(entry.key) && entry.key.value === 'value');
    if (!pair || !isScalar(pair.value)) return;
    const text = scalarText(pair.value);
    if (text === undefined || text === '' || text === REDACTED || isReferenceValue(text)) return;
    record(walk, pair.value, [...path, index, 'value'], {
      kind: 'env-var',
      name,
      redactedValue: REDACTED,
    });
  });
}

function collect(walk: Walk, node: unknown, path: ConfigPath): void {
  if (isSeq(node)) {
    node.items.forEach((item, index) => collect(walk, item, [...path, index]));
    return;
  }
  if (!isMap(node)) return;
  for (const pair of node.items) {
    if (!isScalar(pair.key) || pair.key.value === '<<') continue;
    const key = String(pair.key.value);
    const childPath = [...path, key];
    if (isSecretLikeKeyName(key)) collectUnderSecretKey(walk, pair.value, childPath, key);
    else if (isEnvVarListKey(key) && isSeq(pair.value))
      collectEnvVarList(walk, pair.value, childPath);
    else if (key === 'env' && isSeq(pair.value)) collectEnvList(walk, pair.value, childPath);
    else collect(walk, pair.value, childPath);
  }
}

/** The secret-like scalars of a parsed text, in text order (see {@link findSecretLikeValues}). */
export function collectSecretLikeScalars(parsed: ParsedYaml): SecretLikeScalar[] {
  const walk: Walk = { parsed, found: [], seen: new Set() };
  collect(walk, parsed.document.contents, []);
  return walk.found.sort((a, b) => a.value.range.start.offset - b.value.range.start.offset);
}

/**
 * Finds the values in a YAML text (a `dagster_cloud.yaml`, agent Helm values or a run tag) that
 * look secret: the VALUE of every `KEY=VALUE` in `env_vars`/`envVars`, the `value` of every
 * Kubernetes `env` item, and every scalar under a key that looks like a password, token,
 * secret, API key or credential (`agentTokenValue`, `db_password`; not `secret_name` or
 * `env_secrets`, which only name Secrets). `${VAR}` references, `{{ }}` templates, booleans and
 * nulls are not secrets. In text order; duplicate keys included, since their text is shared too.
 */
export function findSecretLikeValues(text: string): SecretLikeValue[] {
  return collectSecretLikeScalars(parseYamlText(text)).map((found) => found.value);
}

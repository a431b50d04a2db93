import { parseDocument, stringify } from 'yaml';
import { isConfigMap, type ConfigMap } from './config-read';

/**
 * Text of a raw YAML block in the form (for the parts of the file the form has no fields for).
 * YAML 1.1, like Dagster's loader, so `yes`/`on` come out quoted as strings.
 */
export function formatYamlBlock(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (isConfigMap(value) && Object.keys(value).length === 0) return '';
  return stringify(value, { version: '1.1', lineWidth: 0 });
}

export type YamlBlockResult =
  { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly message: string };

/** Reads a raw YAML block; empty text is `undefined` (nothing set). */
export function parseYamlBlock(text: string): YamlBlockResult {
  if (text.trim() === '') return { ok: true, value: undefined };
  const doc = parseDocument(text, { version: '1.1', uniqueKeys: true, prettyErrors: false });
  const error = doc.errors[0];
  if (error) return { ok: false, message: `YAML: ${error.message.split('\n')[0]}` };
  return { ok: true, value: doc.toJS({ maxAliasCount: 100 }) as unknown };
}

/** Reads a raw YAML block that must be a mapping (empty text is an empty mapping). */
export function parseYamlMapBlock(
  text: string,
): { ok: true; value: ConfigMap } | { ok: false; message: string } {
  const result = parseYamlBlock(text);
  if (!result.ok) return result;
  if (result.value === undefined || result.value === null) return { ok: true, value: {} };
  if (!isConfigMap(result.value))
    return { ok: false, message: 'Enter keys and values (a YAML mapping).' };
  return { ok: true, value: result.value };
}

/** `map` without the keys other fields edit. */
export function omitConfigKeys(map: ConfigMap, keys: ReadonlySet<string>): ConfigMap {
  return Object.fromEntries(Object.entries(map).filter(([key]) => !keys.has(key)));
}

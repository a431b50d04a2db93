import type { ScalarTag, Tags } from 'yaml';

/**
 * Plain-scalar resolution exactly as PyYAML's `SafeLoader` does it (YAML 1.1 as Dagster reads
 * `dagster_cloud.yaml`). The `yaml` package's own 1.1 schema differs in ways that change
 * values users write: it reads `y`/`n` as booleans, `1e3` and `-.5` as floats and `09` as 9,
 * where PyYAML keeps all four as strings. The regular expressions are PyYAML's resolvers
 * (yaml/resolver.py), with the verbose-mode spaces removed.
 */

const BOOL_TRUE = /^(?:yes|Yes|YES|true|True|TRUE|on|On|ON)$/;
const BOOL_FALSE = /^(?:no|No|NO|false|False|FALSE|off|Off|OFF)$/;
const INT =
  /^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$/;
const FLOAT =
  /^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9_]+(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
const NULL = /^(?:~|null|Null|NULL|)$/;
const TIMESTAMP =
  /^(?:[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]|[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?(?:[Tt]|[ \t]+)[0-9][0-9]?:[0-9][0-9]:[0-9][0-9](?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?)$/;
const VALUE = /^=$/;

const TIMESTAMP_PARTS =
  /^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:[Tt]|[ \t]+)([0-9]{1,2}):([0-9]{2}):([0-9]{2})(?:\.([0-9]*))?(?:[ \t]*(Z|([-+])([0-9]{1,2})(?::([0-9]{2}))?))?)?$/;

/** Splits a sign off a numeric literal, as PyYAML's constructors do. */
function splitSign(text: string): { sign: number; digits: string } {
  const sign = text.startsWith('-') ? -1 : 1;
  const digits = text.startsWith('-') || text.startsWith('+') ? text.slice(1) : text;
  return { sign, digits };
}

/** Base-60 `1:30:05` as PyYAML computes it (each part in base 10). */
function resolveSexagesimal(digits: string, parsePart: (part: string) => number): number {
  return digits.split(':').reduce((total, part) => total * 60 + parsePart(part), 0);
}

/** PyYAML's `construct_yaml_int`. */
export function resolvePyYamlInt(text: string): number {
  const { sign, digits: raw } = splitSign(text.replace(/_/g, ''));
  if (raw === '0') return 0;
  if (raw.startsWith('0b')) return sign * parseInt(raw.slice(2), 2);
  if (raw.startsWith('0x')) return sign * parseInt(raw.slice(2), 16);
  if (raw.startsWith('0')) return sign * parseInt(raw, 8);
  if (raw.includes(':')) return sign * resolveSexagesimal(raw, (part) => parseInt(part, 10));
  return sign * parseInt(raw, 10);
}

/** PyYAML's `construct_yaml_float`. */
export function resolvePyYamlFloat(text: string): number {
  const { sign, digits: raw } = splitSign(text.replace(/_/g, '').toLowerCase());
  if (raw === '.inf') return sign * Number.POSITIVE_INFINITY;
  if (raw === '.nan') return Number.NaN;
  if (raw.includes(':')) return sign * resolveSexagesimal(raw, (part) => parseFloat(part));
  return sign * parseFloat(raw);
}

/** PyYAML's `construct_yaml_timestamp`, as a JS Date (UTC when the text has no zone). */
export function resolvePyYamlTimestamp(text: string): Date {
  const m = TIMESTAMP_PARTS.exec(text);
  if (!m) return new Date(Number.NaN);
  const [, year, month, day, hour, minute, second, fraction, zone, zoneSign, zoneHour, zoneMin] = m;
  const millis = fraction ? Math.floor(Number(`0.${fraction}`) * 1000) : 0;
  let time = Date.UTC(
    Number(year),
    Number(month) - 1,
    Number(day),
    Number(hour ?? 0),
    Number(minute ?? 0),
    Number(second ?? 0),
    millis,
  );
  if (zone && zone !== 'Z') {
    const offsetMinutes = Number(zoneHour) * 60 + Number(zoneMin ?? 0);
    time -= (zoneSign === '-' ? -1 : 1) * offsetMinutes * 60_000;
  }
  return new Date(time);
}

const BOOL_TAG = 'tag:yaml.org,2002:bool';
const INT_TAG = 'tag:yaml.org,2002:int';
const FLOAT_TAG = 'tag:yaml.org,2002:float';
const NULL_TAG = 'tag:yaml.org,2002:null';
const TIMESTAMP_TAG = 'tag:yaml.org,2002:timestamp';

const pyYamlScalarTags: ScalarTag[] = [
  {
    tag: NULL_TAG,
    default: true,
    test: NULL,
    identify: (value) => value === null || value === undefined,
    resolve: () => null,
  },
  {
    tag: BOOL_TAG,
    default: true,
    test: BOOL_TRUE,
    identify: (value) => value === true,
    resolve: () => true,
  },
  {
    tag: BOOL_TAG,
    default: true,
    test: BOOL_FALSE,
    identify: (value) => value === false,
    resolve: () => false,
  },
  {
    tag: INT_TAG,
    default: true,
    test: INT,
    identify: (value) => typeof value === 'number' && Number.isInteger(value),
    resolve: resolvePyYamlInt,
  },
  {
    tag: FLOAT_TAG,
    default: true,
    test: FLOAT,
    identify: (value) => typeof value === 'number',
    resolve: resolvePyYamlFloat,
  },
  {
    tag: TIMESTAMP_TAG,
    default: true,
    test: TIMESTAMP,
    identify: (value) => value instanceof Date,
    resolve: resolvePyYamlTimestamp,
  },
  {
    // PyYAML resolves a plain `=` to the `value` tag, which SafeLoader cannot construct.
    tag: 'tag:yaml.org,2002:value',
    default: true,
    test: VALUE,
    identify: () => false,
    resolve: (source, onError) => {
      onError(
        "PyYAML's safe_load cannot load a plain '=' (it resolves to the unsupported " +
          "tag:yaml.org,2002:value); quote it: '='",
      );
      return source;
    },
  },
];

const REPLACED_TAGS = new Set([BOOL_TAG, INT_TAG, FLOAT_TAG, NULL_TAG, TIMESTAMP_TAG]);

/**
 * `customTags` for the `yaml` package: its YAML 1.1 tags with the implicit scalar resolvers
 * replaced by PyYAML's. Explicit tags (`!!str`, `!!binary`, `!!set`...) and merge keys stay.
 */
export function selectPyYamlTags(yaml11Tags: Tags): Tags {
  const kept = yaml11Tags.filter(
    (tag) => typeof tag === 'string' || !(REPLACED_TAGS.has(tag.tag) && tag.default === true),
  );
  return [...pyYamlScalarTags, ...kept];
}

/** Every implicit (untagged plain scalar) resolver, in PyYAML's order of precedence. */
const NON_STRING_PATTERNS: readonly RegExp[] = [
  BOOL_TRUE,
  BOOL_FALSE,
  INT,
  FLOAT,
  NULL,
  TIMESTAMP,
  VALUE,
  /^<<$/,
];

/** True when PyYAML would read `text`, written as a plain scalar, as something other than a string. */
export function isPlainNonString(text: string): boolean {
  return NON_STRING_PATTERNS.some((pattern) => pattern.test(text));
}

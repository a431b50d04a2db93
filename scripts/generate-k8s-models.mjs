#!/usr/bin/env node
// Generates src/core/k8s/models.generated.ts: the Kubernetes model tables Dagster's
// `dagster_k8s/models.py` interprets user maps against (merge.md §12), taken from the OpenAPI
// definitions shipped with the devDependency @kubernetes/client-node. Only the models reachable
// from the objects Dagster builds are emitted, in a compact string form, because the table ships
// to the browser. Run with `npm run generate:k8s-models`.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as k8s from '@kubernetes/client-node';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUTPUT = resolve(ROOT, 'src/core/k8s/models.generated.ts');

/** Every model Dagster builds or interprets a user map against (config-schema.md §11). */
const ROOT_MODELS = [
  'V1Container',
  'V1PodSpec',
  'V1PodTemplateSpec',
  'V1ObjectMeta',
  'V1Job',
  'V1JobSpec',
  'V1Deployment',
  'V1DeploymentSpec',
  'V1Service',
  'V1ServiceSpec',
  'V1Volume',
  'V1VolumeMount',
  'V1EnvVar',
  'V1EnvFromSource',
];

// The Python client (openapi-generator's python codegen) prefixes these names with `_`
// (`exec` -> `_exec`); `default`, `enum` or `int` are not Python keywords and stay as they are.
const PYTHON_RESERVED = new Set(
  (
    'and as assert async await break class continue def del elif else except exec False finally ' +
    'for from global if import in is lambda None nonlocal not or pass print property raise ' +
    'return self True try while with yield'
  ).split(' '),
);

/**
 * The Python client's attribute name for a JSON name: `underscore()` of merge.md §12.3 plus the
 * `$ref`/`$schema` and reserved-word exceptions.
 */
export function toPythonName(jsonName) {
  if (jsonName.startsWith('$')) return jsonName.slice(1);
  const snake = jsonName
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replaceAll('-', '_')
    .toLowerCase();
  return PYTHON_RESERVED.has(snake) ? `_${snake}` : snake;
}

/** The naive rule the runtime applies when the table gives no Python name (see src/core/k8s/model-table.ts). */
function toNaiveSnake(jsonName) {
  return jsonName.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

const PRIMITIVES = new Map([
  ['string|', 's'],
  ['string|byte', 's'],
  ['boolean|', 'b'],
  ['number|int32', 'i'],
  ['number|int64', 'i'],
  ['number|double', 'f'],
  ['Date|date-time', 'd'],
  ['V1MicroTime|date-time-micro', 'd'],
  ['any|', 'o'],
  ['IntOrString|int-or-string', 'n'],
]);

/** Encodes an attributeTypeMap type: primitive letter, model name, `[T` list, `{T` map. */
function encodeType(type, format, model, field) {
  const primitive = PRIMITIVES.get(`${type}|${format}`);
  if (primitive) return primitive;
  const list = /^Array<(.+)>$/.exec(type);
  if (list) return `[${encodeType(list[1], format, model, field)}`;
  const map = /^\{ \[key: string\]: (.+); \}$/.exec(type);
  if (map) return `{${encodeType(map[1], format, model, field)}`;
  if (isModel(type)) return type;
  throw new Error(`Unknown type ${type} (${format}) of ${model}.${field}`);
}

function isModel(name) {
  return typeof k8s[name] === 'function' && Array.isArray(k8s[name].attributeTypeMap);
}

function modelRefs(encoded) {
  const name = encoded.replace(/^[[{]+/, '');
  return name.length > 1 ? [name] : [];
}

/** Required properties, read from the class declarations (non-optional `'x': T;` members). */
function readRequired(model) {
  const dts = readFileSync(resolve(packageDir(), `dist/gen/models/${model}.d.ts`), 'utf8');
  const required = new Set();
  for (const match of dts.matchAll(/^\s+'([^']+)': /gm)) required.add(match[1]);
  return required;
}

let cachedPackageDir;
function packageDir() {
  if (!cachedPackageDir) {
    const require = createRequire(import.meta.url);
    cachedPackageDir = resolve(dirname(require.resolve('@kubernetes/client-node')), '..');
  }
  return cachedPackageDir;
}

function collectModels() {
  const models = new Map();
  const queue = [...ROOT_MODELS];
  while (queue.length > 0) {
    const model = queue.shift();
    if (models.has(model)) continue;
    if (!isModel(model)) throw new Error(`Not a model: ${model}`);
    const required = readRequired(model);
    const fields = k8s[model].attributeTypeMap.map((attr) => {
      const type = encodeType(attr.type, attr.format, model, attr.baseName);
      queue.push(...modelRefs(type));
      // The TS property name is `name`; the JSON name is `baseName`.
      return {
        json: attr.baseName,
        python: toPythonName(attr.baseName),
        type,
        required: required.has(attr.name),
      };
    });
    models.set(model, fields);
  }
  return new Map([...models].sort(([a], [b]) => (a < b ? -1 : 1)));
}

function encodeField({ json, python, type, required }) {
  const name = python === toNaiveSnake(json) ? json : `${json}=${python}`;
  return `${name}${required ? '!' : ''}:${type}`;
}

function render(models) {
  const pkg = JSON.parse(readFileSync(resolve(packageDir(), 'package.json'), 'utf8'));
  const kubernetesVersion = /OpenAPI spec version: (v[\d.]+)/.exec(
    readFileSync(resolve(packageDir(), 'dist/gen/models/V1Container.js'), 'utf8'),
  )[1];
  const lines = [
    '// Kubernetes model tables — generated — do not edit.',
    `// Source: ${pkg.name} ${pkg.version} (Kubernetes OpenAPI ${kubernetesVersion}),`,
    '// regenerate with `npm run generate:k8s-models` (scripts/generate-k8s-models.mjs).',
    `// ${models.size} models reachable from ${ROOT_MODELS.join(', ')}.`,
    "// Per model, space-separated fields `json[=python][!]:type`, in the client's declared order.",
    "// `python` is given when the Python client's attribute name is not the JSON name with each",
    '// capital letter turned into `_` + lowercase; `!` marks a required field; type: s str, i int,',
    '// b bool, f float, d datetime, o object, n IntOrString, a model name, `[T` list, `{T` map.',
    '',
    `export const K8S_MODELS_PACKAGE = ${JSON.stringify(`${pkg.name}@${pkg.version}`)};`,
    `export const K8S_API_VERSION = ${JSON.stringify(kubernetesVersion)};`,
    '',
    'export const K8S_MODEL_TABLE: Readonly<Record<string, string>> = {',
    ...[...models].map(
      ([model, fields]) => `${model}:${JSON.stringify(fields.map(encodeField).join(' '))},`,
    ),
    '};',
    '',
  ];
  return { text: lines.join('\n'), kubernetesVersion, pkg, models };
}

/** The generated file's text and what it was generated from (the tests compare it). */
export function renderK8sModelsFile() {
  return render(collectModels());
}

function main() {
  const { text, kubernetesVersion, pkg, models } = renderK8sModelsFile();
  if (process.argv.includes('--check')) {
    if (readFileSync(OUTPUT, 'utf8') !== text) {
      console.error(`${OUTPUT} is stale: run npm run generate:k8s-models`);
      process.exit(1);
    }
    console.log(`${OUTPUT} is up to date`);
    return;
  }
  writeFileSync(OUTPUT, text);
  const irregular = [...models].flatMap(([model, fields]) =>
    fields
      .filter((f) => f.python !== toNaiveSnake(f.json))
      .map((f) => `${model}.${f.json}=${f.python}`),
  );
  console.log(
    `${OUTPUT}: ${models.size} models from ${pkg.name} ${pkg.version} (Kubernetes ${kubernetesVersion}), ` +
      `${text.length} bytes, ${gzipSync(text).length} bytes gzipped, ${irregular.length} irregular names`,
  );
  if (process.argv.includes('--irregular')) console.log(irregular.join('\n'));
}

// Run only as a script: the tests import renderK8sModelsFile and toPythonName from here.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();

import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { validateDagsterCloudConfig } from '../schema';
import { applyTextEdits, parseYamlText, planSetValue } from '.';

/**
 * Model -> YAML text -> parseYamlText gives the model back, for random schema-valid
 * `dagster_cloud.yaml` values. Two writers: `yaml`'s stringify in YAML 1.1 mode (the form's
 * YAML blocks use it) and the app's own edit planner writing the whole document.
 */

/** Strings a YAML 1.1 reader (PyYAML) would not take for strings if written plain. */
const TRICKY_STRINGS = [
  '',
  ' ',
  'yes',
  'No',
  'ON',
  'off',
  'y',
  'n',
  'true',
  'null',
  'Null',
  '~',
  '0',
  '010',
  '0o17',
  '0x1F',
  '0b101',
  '1_000',
  '+12',
  '-.5',
  '1e3',
  '6.02e+23',
  '.inf',
  '-.Inf',
  '.NaN',
  '12:30',
  '190:20:30',
  '2024-01-01',
  '2001-12-14t21:59:43.10-05:00',
  '=',
  '<<',
  '- a',
  ': a',
  'a: b',
  'a #b',
  '#a',
  '? a',
  '&a',
  '*a',
  '!a',
  '|',
  '>',
  '%a',
  '@a',
  '`a',
  '"',
  "'",
  '[a]',
  '{a: 1}',
  ' lead',
  'trail ',
  'two\nlines',
  'tab\tinside',
  'back\\slash',
  'Zürich 東京 🚀',
  '\u00a0nbsp',
  '\u0085nel',
  '\ufeffbom',
];

/**
 * `yaml`'s YAML 1.1 writer leaves these plain, and PyYAML does not read them back as strings:
 * `=` is its `value` tag (safe_load fails) and `<<` its merge key. The planner quotes them.
 */
const PLAIN_IN_YAML_STRINGIFY = ['=', '<<'];

/** Any printable text (PyYAML refuses control characters, so a model never holds them). */
const printableText = fc.string({ unit: 'grapheme', maxLength: 12 }).filter(
  // eslint-disable-next-line no-control-regex -- the characters PyYAML refuses
  (text) => !/[^\x09\x0A\x0D\x20-\x7E\x85\xA0-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u.test(text),
);
const text = fc.oneof(fc.constantFrom(...TRICKY_STRINGS), printableText);
const name = fc.stringMatching(/^[a-z][a-z0-9-]{0,11}$/);
const stringMap = fc.dictionary(text, text, { maxKeys: 3 });
const quantity = fc.constantFrom('100m', '500m', '1', '2', '250Mi', '1Gi', '0.5');

const resources = fc.record(
  {
    limits: fc.record({ cpu: quantity, memory: quantity }),
    requests: fc.record({ cpu: quantity }),
  },
  { requiredKeys: [] },
);
const volume = fc.oneof(
  fc.record({ name, config_map: fc.record({ name }) }),
  fc.record({ name, secret: fc.record({ secret_name: name }) }),
  fc.record({ name, empty_dir: fc.constant({}) }),
  fc.record({ name, persistent_volume_claim: fc.record({ claim_name: name }) }),
);
const volumeMount = fc.record(
  { name, mount_path: text, read_only: fc.boolean(), sub_path: text },
  { requiredKeys: ['name', 'mount_path'] },
);
const envVar = fc.oneof(
  fc.tuple(name, text).map(([key, value]) => `${key.toUpperCase().replace(/-/g, '_')}=${value}`),
  name.map((key) => key.toUpperCase().replace(/-/g, '_')),
  text,
);
const toleration = fc.record(
  {
    key: text,
    operator: fc.constantFrom('Equal', 'Exists'),
    value: text,
    effect: fc.constantFrom('NoSchedule', 'NoExecute'),
  },
  { requiredKeys: [] },
);
const runFragments = fc.record(
  {
    container_config: fc.record(
      { resources, working_dir: text, image_pull_policy: fc.constantFrom('Always', 'Never') },
      { requiredKeys: [] },
    ),
    pod_spec_config: fc.record(
      { node_selector: stringMap, tolerations: fc.array(toleration, { maxLength: 2 }) },
      { requiredKeys: [] },
    ),
    pod_template_spec_metadata: fc.record(
      { labels: stringMap, annotations: stringMap },
      { requiredKeys: [] },
    ),
    job_spec_config: fc.record(
      { ttl_seconds_after_finished: fc.nat(100_000), backoff_limit: fc.nat(6) },
      { requiredKeys: [] },
    ),
    job_metadata: fc.record({ labels: stringMap }),
  },
  { requiredKeys: [] },
);
const serverFragments = fc.record(
  {
    container_config: fc.record({ resources }),
    deployment_metadata: fc.record({ annotations: stringMap }),
    service_metadata: fc.record({ labels: stringMap }),
  },
  { requiredKeys: [] },
);
const k8sContext = fc.record(
  {
    namespace: fc.oneof(name, fc.record({ env: name })),
    image_pull_policy: fc.constantFrom('Always', 'IfNotPresent', 'Never'),
    image_pull_secrets: fc.array(fc.record({ name }), { maxLength: 2 }),
    service_account_name: name,
    env_config_maps: fc.array(name, { maxLength: 2 }),
    env_secrets: fc.array(name, { maxLength: 2 }),
    env_vars: fc.array(envVar, { maxLength: 4 }),
    volume_mounts: fc.array(volumeMount, { maxLength: 2 }),
    volumes: fc.array(volume, { maxLength: 2 }),
    labels: stringMap,
    resources,
    server_replica_count: fc.nat(5),
    env: fc.array(fc.record({ name, value: text }), { maxLength: 2 }),
    run_k8s_config: runFragments,
    server_k8s_config: serverFragments,
  },
  { requiredKeys: [] },
);
const location = fc.record(
  {
    location_name: name,
    code_source: fc.oneof(
      fc.record({ package_name: name }),
      fc.record({ module_name: name }),
      fc.record({ python_file: name.map((file) => `${file}.py`) }),
    ),
    image: text,
    working_directory: text,
    executable_path: text,
    attribute: name,
    agent_queue: fc.constantFrom(null, 'gpu'),
    build: fc.record({ directory: text, registry: text }, { requiredKeys: [] }),
    container_context: fc.record(
      { k8s: k8sContext, env_vars: fc.array(envVar, { maxLength: 2 }) },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: ['location_name'] },
);
const config = fc.record(
  {
    locations: fc.uniqueArray(location, {
      maxLength: 3,
      selector: (item) => item.location_name,
    }),
    defaults: fc.record({ container_context: fc.record({ k8s: k8sContext }) }),
  },
  { requiredKeys: ['locations'] },
);

/** The app's own writer: the edit planner replacing an empty document with the whole model. */
function writeWithPlanner(model: unknown): string {
  const empty = parseYamlText('');
  return applyTextEdits('', planSetValue(empty, [], model));
}

describe('random schema-valid configs survive YAML text', () => {
  it('are schema-valid (the generator’s own check)', () => {
    fc.assert(
      fc.property(config, (model) => {
        expect(validateDagsterCloudConfig(model).filter((p) => p.severity === 'error')).toEqual([]);
      }),
      { numRuns: 40, seed: 7 },
    );
  }, 60_000);

  it('round-trip through yaml.stringify (YAML 1.1)', () => {
    fc.assert(
      fc.property(config, (model) => {
        fc.pre(
          !PLAIN_IN_YAML_STRINGIFY.some((plain) => JSON.stringify(model).includes(`"${plain}"`)),
        );
        const text = stringify(model, { version: '1.1' });
        const parsed = parseYamlText(text);
        expect(parsed.problems).toEqual([]);
        expect(parsed.value).toEqual(model);
      }),
      { numRuns: 100, seed: 11 },
    );
  }, 60_000);

  it('round-trip through the edit planner', () => {
    fc.assert(
      fc.property(config, (model) => {
        const text = writeWithPlanner(model);
        const parsed = parseYamlText(text);
        expect(parsed.problems).toEqual([]);
        expect(parsed.value).toEqual(model);
      }),
      { numRuns: 100, seed: 13 },
    );
  }, 60_000);

  it.each(TRICKY_STRINGS)('keep the string %j as a key and as a value', (tricky) => {
    const model = { locations: [{ location_name: 'a', image: tricky }], [tricky]: [tricky] };
    const writers = PLAIN_IN_YAML_STRINGIFY.includes(tricky)
      ? [writeWithPlanner]
      : [(value: unknown) => stringify(value, { version: '1.1' }), writeWithPlanner];
    for (const text of writers.map((write) => write(model))) {
      const parsed = parseYamlText(text);
      expect({ text, problems: parsed.problems, value: parsed.value }).toEqual({
        text,
        problems: [],
        value: model,
      });
    }
  });
});

describe('what yaml.stringify gets wrong for PyYAML', () => {
  it('writes "=" and "<<" plain, which PyYAML reads as a tag and a merge key', () => {
    const model = { image: '=', '<<': '<<' };
    expect(stringify(model, { version: '1.1' })).toBe('image: =\n<<: <<\n');
    expect(parseYamlText(stringify(model, { version: '1.1' })).problems.map((p) => p.code)).toEqual(
      // VALUE_FAILED: "Merge sources must be maps or map aliases".
      ['VALUE_FAILED', 'TAG_RESOLVE_FAILED'],
    );
    expect(writeWithPlanner(model)).toBe('image: "="\n"<<": "<<"\n');
  });
});

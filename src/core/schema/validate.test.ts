import { describe, expect, it } from 'vitest';
import {
  validateAgentHelmValues,
  validateDagsterCloudConfig,
  validateK8sConfigTag,
} from './validate';

const messages = (problems: { message: string }[]) => problems.map((p) => p.message);

describe('validateDagsterCloudConfig: config-schema.md §14.1 rows, exact messages', () => {
  it.each([
    [
      'location without location_name',
      { locations: [{ code_source: { package_name: 'a' } }] },
      ["missing at 'locations.0.location_name': Field required"],
    ],
    [
      'unknown location key foo',
      { locations: [{ location_name: 'a', foo: 1 }] },
      ["extra_forbidden at 'locations.0.foo': Extra inputs are not permitted"],
    ],
    [
      'code_source under defaults',
      { locations: [], defaults: { code_source: { package_name: 'a' } } },
      ["extra_forbidden at 'defaults.code_source': Extra inputs are not permitted"],
    ],
    [
      'unknown build key',
      { locations: [{ location_name: 'a', build: { dockerfile: 'Dockerfile' } }] },
      ["extra_forbidden at 'locations.0.build.dockerfile': Extra inputs are not permitted"],
    ],
    [
      'two code sources',
      { locations: [{ location_name: 'a', code_source: { package_name: 'p', module_name: 'm' } }] },
      [
        "value_error at 'locations.0.code_source': Value error, only one of the following fields should be defined: package_name, module_name",
      ],
    ],
    [
      'no code source',
      { locations: [{ location_name: 'a', code_source: {} }] },
      [
        "value_error at 'locations.0.code_source': Value error, one of package_name, module_name, python_file, or autoload_defs_module_name must be specified",
      ],
    ],
    [
      'duplicate location names',
      { locations: [{ location_name: 'a' }, { location_name: 'b' }, { location_name: 'a' }] },
      ["value_error at 'locations': Value error, duplicate location name: a"],
    ],
    [
      'legacy mapping form',
      { locations: { a: { image: 'x', python_file: 'f.py' } } },
      ["list_type at 'locations': Input should be a valid list"],
    ],
    ['file is {}', {}, ["missing at 'locations': Field required"]],
  ])('%s', (_name, value, expected) => {
    expect(messages(validateDagsterCloudConfig(value))).toEqual(expected);
  });
});

describe('validateDagsterCloudConfig: CLI model details', () => {
  it('lists every truthy code_source key in input order, unknown keys included (corpus 055)', () => {
    const value = {
      locations: [
        { location_name: 'a', code_source: { package_name: 'p', build: { directory: '.' } } },
      ],
    };
    expect(messages(validateDagsterCloudConfig(value))).toEqual([
      "value_error at 'locations.0.code_source': Value error, only one of the following fields should be defined: package_name, build",
    ]);
  });

  it('ignores falsy code_source values when counting', () => {
    const value = {
      locations: [{ location_name: 'a', code_source: { package_name: '', module_name: 'm' } }],
    };
    expect(validateDagsterCloudConfig(value)).toEqual([]);
  });

  it('reports a single unknown code_source key after the count passes (corpus 091)', () => {
    const value = {
      locations: [{ location_name: 'a', code_source: { python_module: { module_name: 'x' } } }],
    };
    expect(validateDagsterCloudConfig(value)).toEqual([
      {
        severity: 'error',
        path: ['locations', 0, 'code_source', 'python_module'],
        target: 'key',
        message:
          "extra_forbidden at 'locations.0.code_source.python_module': Extra inputs are not permitted",
        stage: 'ci-check',
        source: 'schema',
        code: 'extra_forbidden',
        hint: 'code_source takes exactly one of package_name, module_name, python_file, autoload_defs_module_name.',
      },
    ]);
  });

  it('skips the duplicate-name check while a location is invalid, like pydantic', () => {
    const value = { locations: [{ location_name: 'a' }, { location_name: 'a', foo: 1 }] };
    expect(messages(validateDagsterCloudConfig(value))).toEqual([
      "extra_forbidden at 'locations.1.foo': Extra inputs are not permitted",
    ]);
  });

  it('uses pydantic type errors for wrong scalar and model types', () => {
    const value = {
      locations: [
        { location_name: 7, code_source: 'pkg', build: 'dir', image: true, container_context: [] },
      ],
    };
    expect(messages(validateDagsterCloudConfig(value))).toEqual([
      "string_type at 'locations.0.location_name': Input should be a valid string",
      "model_type at 'locations.0.code_source': Input should be a valid dictionary or instance of CodeSource",
      "model_type at 'locations.0.build': Input should be a valid dictionary or instance of Build",
      "string_type at 'locations.0.image': Input should be a valid string",
      "dict_type at 'locations.0.container_context': Input should be a valid dictionary",
    ]);
  });

  it('accepts null for every optional field and an empty locations list', () => {
    const value = {
      defaults: { image: null, build: null, container_context: null },
      locations: [
        {
          location_name: 'a',
          code_source: null,
          build: { directory: null, registry: null },
          working_directory: null,
          image: null,
          executable_path: null,
          attribute: null,
          container_context: null,
          agent_queue: null,
        },
      ],
    };
    expect(validateDagsterCloudConfig(value)).toEqual([]);
    expect(validateDagsterCloudConfig({ locations: [] })).toEqual([]);
  });

  it('rejects a non-map document as the DagsterCloudYaml model', () => {
    expect(messages(validateDagsterCloudConfig(['a']))).toEqual([
      "model_type at '': Input should be a valid dictionary or instance of DagsterCloudYaml",
    ]);
  });

  it('hints at the location of misplaced and camelCase keys', () => {
    const problems = validateDagsterCloudConfig({
      instance: {},
      locations: [{ location_name: 'a', package_name: 'p', imgae: 'x' }],
    });
    expect(problems.map((p) => [p.message, p.hint])).toEqual([
      [
        "extra_forbidden at 'locations.0.package_name': Extra inputs are not permitted",
        'Move "package_name" under code_source.',
      ],
      [
        "extra_forbidden at 'locations.0.imgae': Extra inputs are not permitted",
        'Did you mean "image"?',
      ],
      [
        "extra_forbidden at 'instance': Extra inputs are not permitted",
        'This looks like a Dagster instance config (dagster.yaml), not dagster_cloud.yaml.',
      ],
    ]);
  });
});

const k8sContext = (k8s: unknown) => ({
  locations: [{ location_name: 'a', container_context: { k8s } }],
});

describe('validateDagsterCloudConfig: container_context.k8s as the agent parses it (§14.4)', () => {
  it('reports an unknown key at the root of the k8s block', () => {
    expect(validateDagsterCloudConfig(k8sContext({ image_push_policy: 'Always' }))).toEqual([
      {
        severity: 'error',
        path: ['locations', 0, 'container_context', 'k8s', 'image_push_policy'],
        target: 'key',
        message: 'Received unexpected config entry "image_push_policy" at the root.',
        stage: 'agent',
        source: 'schema',
        code: 'unexpected-config-entry',
        hint: 'Did you mean "image_pull_policy"?',
      },
    ]);
  });

  it('rejects camelCase context keys with the snake_case name as a hint (#23074)', () => {
    const problems = validateDagsterCloudConfig(
      k8sContext({
        imagePullPolicy: 'Always',
        containerConfig: {},
        runK8sConfig: {},
        run_k8s_config: { podSpecConfig: {} },
      }),
    );
    expect(problems.map((p) => [p.message, p.hint])).toEqual([
      [
        'Received unexpected config entry "podSpecConfig" at path root:run_k8s_config.',
        'Dagster\'s own keys are snake_case only: write "pod_spec_config".',
      ],
      [
        'Received unexpected config entry "imagePullPolicy" at the root.',
        'Dagster\'s own keys are snake_case only: write "image_pull_policy".',
      ],
      [
        'Received unexpected config entry "containerConfig" at the root.',
        '"container_config" is a raw fragment: put it under run_k8s_config (runs) and/or server_k8s_config (code server).',
      ],
      [
        'Received unexpected config entry "runK8sConfig" at the root.',
        'Dagster\'s own keys are snake_case only: write "run_k8s_config".',
      ],
    ]);
  });

  it('reports wrong runtime types in Dagster config-system words', () => {
    const problems = validateDagsterCloudConfig(
      k8sContext({
        namespace: 3,
        server_replica_count: 1.5,
        env_secrets: 'one-secret',
        volume_mounts: null,
        volumes: [{ secret: { secret_name: 's' } }],
        resources: { claims: [] },
        service_account_name: { env: 3 },
        image_pull_secrets: [{ name: true }],
      }),
    );
    expect(messages(problems)).toEqual([
      'Invalid scalar at path root:namespace. Value "3" of type "<class \'int\'>" is not valid for expected type "String".',
      'Invalid scalar at path root:server_replica_count. Value "1.5" of type "<class \'float\'>" is not valid for expected type "Int".',
      'Invalid scalar at path root:image_pull_secrets[0]:name. Value "True" of type "<class \'bool\'>" is not valid for expected type "String".',
      'Invalid scalar at path root:service_account_name:env. Value "3" of type "<class \'int\'>" is not valid for expected type "String".',
      'Value at path root:env_secrets must be list.',
      'Value at path root:volume_mounts must not be None.',
      "Missing required config entry \"name\" at path root:volumes[0]. Sample config for missing entry: {'name': '...'}",
      'Received unexpected config entry "claims" at path root:resources.',
    ]);
  });

  it('accepts the StringSource {env: VAR} form where Dagster does', () => {
    const value = k8sContext({
      namespace: { env: 'NS' },
      image_pull_policy: { env: 'PULL' },
      env_secrets: ['a', { env: 'SECRET' }],
      volume_mounts: [{ name: 'v', mount_path: { env: 'P' }, read_only: { env: 'RO' } }],
    });
    expect(validateDagsterCloudConfig(value)).toEqual([]);
  });

  it('rejects {env: VAR} in env_vars, a plain str list', () => {
    expect(messages(validateDagsterCloudConfig(k8sContext({ env_vars: [{ env: 'A' }] })))).toEqual([
      'Invalid scalar at path root:env_vars[0]. Value "{\'env\': \'A\'}" of type "<class \'dict\'>" is not valid for expected type "String".',
    ]);
  });

  it('checks merge_behavior as the K8sConfigMergeBehavior enum', () => {
    const problems = validateDagsterCloudConfig(
      k8sContext({
        run_k8s_config: { merge_behavior: 'deep' },
        server_k8s_config: { merge_behavior: 1 },
      }),
    );
    expect(problems.map((p) => [p.message, p.hint])).toEqual([
      [
        'Value at path root:run_k8s_config:merge_behavior not in enum type K8sConfigMergeBehavior got deep',
        'Values are case-sensitive: write DEEP.',
      ],
      [
        'Value at path root:server_k8s_config:merge_behavior for enum type K8sConfigMergeBehavior must be a string',
        'Expected one of: DEEP, SHALLOW.',
      ],
    ]);
  });

  it('keeps run and server fragments apart', () => {
    const problems = validateDagsterCloudConfig(
      k8sContext({
        run_k8s_config: { deployment_metadata: {} },
        server_k8s_config: { job_spec_config: {}, service_spec_config: {} },
      }),
    );
    expect(messages(problems)).toEqual([
      'Received unexpected config entry "deployment_metadata" at path root:run_k8s_config.',
      'Received unexpected config entry "job_spec_config" at path root:server_k8s_config.',
    ]);
  });

  it('reports a k8s block that is not a map at the root, and accepts null', () => {
    expect(messages(validateDagsterCloudConfig(k8sContext('oops')))).toEqual([
      'Value at the root must be dict.',
    ]);
    expect(validateDagsterCloudConfig(k8sContext(null))).toEqual([]);
  });

  it('checks the shared container_context.env_vars as the container context parser does', () => {
    const value = {
      locations: [{ location_name: 'a', container_context: { env_vars: 'A=1', docker: 3 } }],
    };
    expect(validateDagsterCloudConfig(value)).toEqual([
      {
        severity: 'error',
        path: ['locations', 0, 'container_context', 'env_vars'],
        target: 'value',
        message: 'Value at path root:env_vars must be list.',
        stage: 'agent',
        source: 'schema',
        code: 'not-a-list',
      },
    ]);
  });

  it('checks container_context under defaults the same way', () => {
    const value = { locations: [], defaults: { container_context: { k8s: { labels: [] } } } };
    expect(messages(validateDagsterCloudConfig(value))).toEqual([
      'Value at path root:labels must be dict.',
    ]);
  });
});

describe('validateK8sConfigTag (§12, §14.4)', () => {
  it('rejects an unknown top-level key at the root and a bad merge_behavior', () => {
    expect(validateK8sConfigTag({ other: 1, merge_behavior: 'SOMETIMES' })).toEqual([
      {
        severity: 'error',
        path: ['merge_behavior'],
        target: 'value',
        message:
          'Value at path root:merge_behavior not in enum type K8sConfigMergeBehavior got SOMETIMES',
        stage: 'run-launch',
        source: 'schema',
        code: 'enum-value',
        hint: 'Expected one of: DEEP, SHALLOW.',
      },
      {
        severity: 'error',
        path: ['other'],
        target: 'key',
        message: 'Received unexpected config entry "other" at the root.',
        stage: 'run-launch',
        source: 'schema',
        code: 'unexpected-config-entry',
        hint: 'Expected one of: container_config, pod_template_spec_metadata, pod_spec_config, job_config, job_metadata, job_spec_config, merge_behavior.',
      },
    ]);
  });

  it('has no namespace and no code-server fragments', () => {
    expect(messages(validateK8sConfigTag({ namespace: 'x', server_k8s_config: {} }))).toEqual([
      'Received unexpected config entry "namespace" at the root.',
      'Received unexpected config entry "server_k8s_config" at the root.',
    ]);
  });

  it('accepts every run fragment', () => {
    const tag = {
      container_config: {},
      pod_template_spec_metadata: {},
      pod_spec_config: {},
      job_config: {},
      job_metadata: {},
      job_spec_config: {},
      merge_behavior: 'SHALLOW',
    };
    expect(validateK8sConfigTag(tag)).toEqual([]);
  });
});

describe('validateAgentHelmValues (helm-values.md)', () => {
  it('checks pullPolicy, the closed raw-config sections and types', () => {
    const problems = validateAgentHelmValues({
      workspace: { pullPolicy: 'Sometimes', serverK8sConfig: { serviceSpecConfig: {} } },
      dagsterCloud: { branchDeployments: 'yes' },
      someOtherKey: { anything: true },
    });
    expect(problems.map((p) => [p.path.join('.'), p.message])).toEqual([
      ['dagsterCloud.branchDeployments', 'Invalid type. Expected: boolean, given: string'],
      [
        'workspace.pullPolicy',
        'workspace.pullPolicy must be one of the following: "Always", "IfNotPresent", "Never"',
      ],
      [
        'workspace.serverK8sConfig.serviceSpecConfig',
        'Additional property serviceSpecConfig is not allowed',
      ],
    ]);
  });

  it('fails an inline token while the default secret name is still set', () => {
    const problems = validateAgentHelmValues({ dagsterCloud: { agentTokenValue: 'tok' } });
    expect(problems.map((p) => [p.path.join('.'), p.message, p.stage])).toEqual([
      [
        'dagsterCloud.agentTokenValue',
        'dagsterCloud.agentTokenValue and dagsterCloud.agentTokenSecretName cannot both be set.',
        'helm-install',
      ],
    ]);
    expect(
      validateAgentHelmValues({
        dagsterCloud: { agentTokenValue: 'tok', agentTokenSecretName: null },
      }),
    ).toEqual([]);
  });
});

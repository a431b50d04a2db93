/**
 * The contract between the merge engine (src/core/render/merge, src/core/render/helm) and the
 * manifest renderers (src/core/render/manifests).
 *
 * The merge engine turns the inputs (agent Helm values, `dagster_cloud.yaml` with `defaults:`,
 * the run's `dagster-k8s/config` tag, executor config, op tags) into one
 * {@link MergedContainerContext} per target (run, step or code server), exactly as Dagster's
 * `K8sContainerContext` chain does (spec merge.md). The renderer then builds the manifests from
 * its `fragments`, adds Dagster's own values, and finally converts keys/scalars with
 * `normalizeK8sModelValue` (src/core/k8s), which coerces scalars and drops nulls.
 *
 * Conventions:
 * - Fragment NAMES stay Dagster's snake_case (`container_config`, …); the keys INSIDE a fragment
 *   are Kubernetes JSON (camelCase) names, normalized per model (merge.md §12.7). Map-valued
 *   fields (labels, annotations, nodeSelector, limits, …) keep their keys verbatim.
 * - Scalars inside fragments are NOT coerced yet and `null` values are kept: Dagster merges and
 *   dedupes before its final model conversion (merge.md §4, §13), and a `null` set by a later
 *   layer removes a value (e.g. `image: null`).
 * - Origins are keyed by JSON pointers (RFC 6901) into `fragments`, e.g.
 *   `/container_config/env/3/value` or `/pod_template_spec_metadata/labels/app.kubernetes.io~1name`.
 */
import type { ConfigPath } from '../../source-range';

// ---------------------------------------------------------------------------------------------
// Layers and origins
// ---------------------------------------------------------------------------------------------

/**
 * Where a value came from, lowest precedence first (merge.md §2):
 * - `chart-default`: a default of the agent chart `dagster-cloud-agent` 1.8.13 (helm-values.md);
 * - `helm`: the user's Helm values (`-f values.yaml`), or an OSS `K8sRunLauncher` config;
 * - `cloud-context`: `cloud_context_env`, supplied by the Dagster+ control plane (placeholder P7);
 * - `defaults`: the `defaults:` block of `dagster_cloud.yaml`, merged into the location (§10);
 * - `location`: the location's own keys in `dagster_cloud.yaml`;
 * - `run-tag`: the run's `dagster-k8s/config` (or legacy `dagster-k8s/resource_requirements`) tag;
 * - `executor`: `k8s_job_executor` config (`step_k8s_config`, `per_step_k8s_config`, fields);
 * - `op-tag`: the op's `dagster-k8s/config` tag (step pods only);
 * - `dagster`: added by Dagster itself (names, labels, system env, `args`, defaults).
 */
export type LayerId =
  | 'chart-default'
  | 'helm'
  | 'cloud-context'
  | 'defaults'
  | 'location'
  | 'run-tag'
  | 'executor'
  | 'op-tag'
  | 'dagster';

/** The text documents a value can point into (the UI maps `path` to a range with src/core/yaml). */
export type SourceDocument =
  | 'dagster-cloud-yaml'
  | 'helm-values'
  | 'run-tag'
  | 'resource-requirements-tag'
  | 'executor-config'
  | 'op-tag';

/**
 * The origin of one value: its layer and the path INTO THAT DOCUMENT (so the UI can jump to the
 * source line via `findPathRange`). `document` is null for chart defaults (then `path` is the
 * chart values path, e.g. `['workspace', 'pullPolicy']`) and for values Dagster adds.
 *
 * The path uses the user's spelling of keys (`imagePullSecrets` or `image_pull_secrets`), so it
 * resolves in the user's text even though `fragments` holds camelCase keys.
 */
export interface ValueOrigin {
  readonly layer: LayerId;
  readonly document: SourceDocument | null;
  readonly path: ConfigPath;
  /**
   * Set on the `value` of an env entry built from a bare `KEY` in an `env_vars` list: the value
   * is read from the agent's environment (placeholder P8). `resolved` tells whether a simulated
   * agent environment (Helm `dagsterCloudAgent.env`) supplied it; when false the value is the
   * placeholder text `<agent env: KEY>`.
   */
  readonly agentEnv?: { readonly key: string; readonly resolved: boolean };
}

/** JSON pointer into `MergedContainerContext.fragments` → origin. */
export type OriginMap = ReadonlyMap<string, ValueOrigin>;

/**
 * Maps a path inside an input object (e.g. a location's `container_context`) to the origin of the
 * value there. Used to feed layers into the merge engine.
 */
export type OriginResolver = (path: ConfigPath) => ValueOrigin;

// ---------------------------------------------------------------------------------------------
// Raw Kubernetes fragments
// ---------------------------------------------------------------------------------------------

/** The nine fragments of Dagster's `UserDefinedDagsterK8sConfig`, in Dagster's order (§1). */
export const FRAGMENT_NAMES = [
  'container_config',
  'pod_template_spec_metadata',
  'pod_spec_config',
  'job_config',
  'job_metadata',
  'job_spec_config',
  'deployment_metadata',
  'service_metadata',
  'service_spec_config',
] as const;

export type FragmentName = (typeof FRAGMENT_NAMES)[number];

/** The Kubernetes model each fragment is interpreted against (merge.md §1). */
export const FRAGMENT_MODELS: Readonly<Record<FragmentName, string>> = {
  container_config: 'V1Container',
  pod_template_spec_metadata: 'V1ObjectMeta',
  pod_spec_config: 'V1PodSpec',
  job_config: 'V1Job',
  job_metadata: 'V1ObjectMeta',
  job_spec_config: 'V1JobSpec',
  deployment_metadata: 'V1ObjectMeta',
  service_metadata: 'V1ObjectMeta',
  service_spec_config: 'V1ServiceSpec',
};

/** A JSON-like value as parsed from YAML/JSON (no coercion applied). */
export type JsonValue = null | boolean | number | string | JsonValue[] | JsonObject;
export interface JsonObject {
  [key: string]: JsonValue;
}

/**
 * All nine fragments, always present (`{}` when empty). Keys inside are Kubernetes JSON names
 * (camelCase); scalars are as the user wrote them (not coerced); nulls are kept.
 */
export type RawK8sConfig = Record<FragmentName, JsonObject>;

export type MergeBehavior = 'DEEP' | 'SHALLOW';

// ---------------------------------------------------------------------------------------------
// The merged context handed to the renderer
// ---------------------------------------------------------------------------------------------

/** Which object family a merged context is for. */
export type MergeTarget = 'run' | 'step' | 'code-server';

export interface MergeNote {
  readonly severity: 'info' | 'warning';
  /** Short, user-facing text (see the exported note constants in ./notes). */
  readonly message: string;
  /** Where the note applies, when it concerns one value. */
  readonly origin?: ValueOrigin;
}

/** An env entry removed by the agent's env-var allowlist (merge.md §11.3). */
export interface DroppedEnvVar {
  readonly name: string;
  readonly origin: ValueOrigin | undefined;
}

/**
 * The result of a merge chain: what Dagster calls the final `K8sContainerContext`, reduced to
 * what the renderer reads. For a run or step: `fragments` is Dagster's final run config (`U` in
 * render-run.md); for a code server: its server config (`S` in render-server.md).
 */
export interface MergedContainerContext {
  readonly target: MergeTarget;
  /** The merged namespace (last truthy of agent, location [, executor]); the objects' API path. */
  readonly namespace: string | null;
  readonly namespaceOrigin: ValueOrigin | null;
  /** Location `k8s.server_replica_count` (code servers), null when unset. */
  readonly serverReplicaCount: number | null;
  readonly serverReplicaCountOrigin: ValueOrigin | null;
  /** The final raw config's merge behavior (the incoming side's, merge.md §4.1). */
  readonly mergeBehavior: MergeBehavior;
  readonly fragments: RawK8sConfig;
  /**
   * One origin per node of `fragments` (leaves, and containers with the origin of the layer that
   * first created them). Use {@link findOrigin}-style nearest-ancestor lookup for keys the
   * renderer derives.
   */
  readonly origins: OriginMap;
  /** Env entries dropped by `onlyAllowUserDefinedEnvVars`, in order. */
  readonly droppedEnvVars: readonly DroppedEnvVar[];
  /** Inferred behaviour, placeholders and warnings the preview should show beside the manifests. */
  readonly notes: readonly MergeNote[];
  /**
   * Steps only: the executor's `job_image`. Dagster's step image is this, else the job origin's
   * image (the location `image`); without either the step launch fails with
   * `No image included in either executor config or the job`.
   */
  readonly executorJobImage?: string | null;
}

// ---------------------------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------------------------

/**
 * Where the real system raises an error (shown next to the message):
 * - `ci-template`: `dagster-cloud ci template` merging `defaults:`;
 * - `helm-install`: `helm install` / chart schema;
 * - `code-server-start`: the agent starting the location's code server;
 * - `run-launch`: the agent launching a run (building the run worker Job);
 * - `step-launch`: the run worker launching a step Job (`k8s_job_executor`).
 */
export type DagsterErrorStage =
  'ci-template' | 'helm-install' | 'code-server-start' | 'run-launch' | 'step-launch';

/** The Python exception type Dagster raises (shown before the message, like a traceback tail). */
export type DagsterErrorType =
  'Exception' | 'CheckError' | 'DagsterInvalidConfigError' | 'ValueError';

/**
 * An error Dagster would raise: the preview shows it instead of manifests, the CLI prints
 * `message` on stderr and exits 1. `message` is Dagster's exact text.
 */
export interface DagsterConfigError {
  readonly kind: 'dagster-config-error';
  readonly errorType: DagsterErrorType;
  readonly message: string;
  readonly stage: DagsterErrorStage;
  /** The offending value's document and path, when known (for underlining). */
  readonly origin?: ValueOrigin;
}

/** A value or Dagster's error; functions of the merge engine never throw for bad user input. */
export type MergeResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: DagsterConfigError };

// ---------------------------------------------------------------------------------------------
// The agent (launcher) layer
// ---------------------------------------------------------------------------------------------

/**
 * The fields of a Kubernetes launcher that form the agent side of the chain (render-run.md §3,
 * merge.md §6 step 1, §7 step 1), with the spelling of `container_context.k8s`. For Dagster+ these
 * come from Helm (`buildAgentLayer`); the OSS examples (R1, R2, R6, R7) pass a `K8sRunLauncher`
 * config directly (`buildRunLauncherLayer`).
 */
export interface LauncherContextFields {
  readonly image_pull_policy?: string | null;
  readonly image_pull_secrets?: readonly JsonObject[] | null;
  readonly service_account_name?: string | null;
  readonly env_config_maps?: readonly string[] | null;
  readonly env_secrets?: readonly string[] | null;
  readonly env_vars?: readonly string[] | null;
  readonly volume_mounts?: readonly JsonObject[] | null;
  readonly volumes?: readonly JsonObject[] | null;
  readonly labels?: JsonObject | null;
  readonly namespace?: string | null;
  readonly resources?: JsonObject | null;
  readonly scheduler_name?: string | null;
  readonly security_context?: JsonObject | null;
  readonly run_k8s_config?: JsonObject | null;
  readonly server_k8s_config?: JsonObject | null;
}

/** `only_allow_user_defined_k8s_config_fields`: fragment (or `namespace`) → field → allowed. */
export type K8sFieldAllowlist = Readonly<
  Record<string, boolean | Readonly<Record<string, unknown>>>
>;

/** The launcher as the merge chains consume it. */
export interface LauncherLayer {
  readonly kind: 'dagster-plus-agent' | 'oss-run-launcher';
  /** The context fields (agent side), with origins into the Helm values or launcher config. */
  readonly fields: LauncherContextFields;
  readonly origin: OriginResolver;
  /** Launcher `dagster_home` (env `DAGSTER_HOME` on runs). */
  readonly dagsterHome: string | null;
  /** OSS only: adds `DAGSTER_PG_PASSWORD` on runs. Always null for Dagster+. */
  readonly postgresPasswordSecret: string | null;
  /** OSS `job_image`; null for Dagster+ (the image comes from the location). */
  readonly jobImage: string | null;
  /** The field allowlist after the Dagster+ adjustments (merge.md §11.4); null = unrestricted. */
  readonly fieldAllowlist: K8sFieldAllowlist | null;
  /** The env-var allowlist after the adjustments (§11.4); null = unrestricted. */
  readonly envVarAllowlist: readonly string[] | null;
}

/**
 * What the renderers need from the agent's Helm values besides the merge layers
 * (render-run.md §3, render-server.md §2–§12, helm-values.md §1–§4).
 */
export interface AgentSettings {
  readonly releaseName: string;
  readonly releaseNamespace: string;
  /** The chart's `fullname` helper (helm-values.md §1). */
  readonly fullname: string;
  /** The chart ServiceAccount: `serviceAccount.name`, else `fullname`. */
  readonly chartServiceAccountName: string;
  /** Launcher `service_account_name`: `workspace.serviceAccountName`, else the chart's account. */
  readonly serviceAccountName: string;
  /** Launcher `namespace` / run launcher `job_namespace`: `workspace.namespace` or the release namespace. */
  readonly namespace: string;
  /** Fixed by the chart: `/opt/dagster/dagster_home`. */
  readonly dagsterHome: string;
  /** `<fullname>-instance` (not rendered). */
  readonly instanceConfigMap: string;
  readonly agentTokenSecretName: string | null;
  readonly pullPolicy: string | null;
  /** `codeServerMetrics.enabled` → `--enable-metrics` in code-server `args`. */
  readonly codeServerMetricsEnabled: boolean;
  /** `dagsterCloudAgent.env.DAGSTER_CLOUD_CODE_SERVER_PORT`, default 4000. */
  readonly codeServerPort: number;
  /** The agent process's environment as far as Helm sets it (`dagsterCloudAgent.env`). */
  readonly agentEnvironment: Readonly<Record<string, string>>;
  /** Which deployments / queues this agent serves (render-server.md §2). */
  readonly deployments: readonly string[];
  readonly branchDeployments: boolean;
  readonly includeDefaultQueue: boolean;
  readonly additionalQueues: readonly string[];
  /** The chart-rendered `user_code_launcher.config` (helm-values.md §3), snake_case keys. */
  readonly launcherConfig: JsonObject;
}

/** `buildAgentLayer`'s result: settings plus the agent side for runs and code servers. */
export interface AgentLayer {
  readonly settings: AgentSettings;
  readonly launcher: LauncherLayer;
  readonly notes: readonly MergeNote[];
}

// ---------------------------------------------------------------------------------------------
// Inputs of the merge chains (functions in ./index.ts)
// ---------------------------------------------------------------------------------------------

/**
 * One code location's container context as a merge layer: the value of `container_context`
 * (after `defaults:` when applied) and where each of its values came from (see
 * `applyLocationDefaults` / `locationLayerFromConfig`). Paths given to `origin` are relative to
 * `container_context`.
 */
export interface LocationLayerInput {
  readonly containerContext: unknown;
  readonly origin: OriginResolver;
}

/** A tag or executor value: JSON/YAML text as the user typed it, or an already parsed value. */
export type TextOrValue = string | JsonValue | undefined;

/**
 * The simulated agent environment for bare `KEY` env vars (placeholder P8). Keys absent from it
 * render as `<agent env: KEY>` with a note that the launch fails if the agent lacks them.
 */
export type AgentEnvironment = Readonly<Record<string, string>>;

/** `mergeRunContainerContext` input: the run chain of merge.md §6. */
export interface RunMergeInput {
  readonly launcher: LauncherLayer;
  readonly location: LocationLayerInput | null;
  /** Value of the run's `dagster-k8s/config` tag. */
  readonly runTag?: TextOrValue;
  /** Value of the legacy `dagster-k8s/resource_requirements` tag. */
  readonly resourceRequirementsTag?: TextOrValue;
  readonly agentEnvironment?: AgentEnvironment;
}

/** `mergeCodeServerContainerContext` input: the code-server chain of merge.md §7. */
export interface CodeServerMergeInput {
  readonly launcher: LauncherLayer;
  readonly location: LocationLayerInput | null;
  /** `cloud_context_env` as `"K=V"` strings (placeholder P7), appended to the agent `env_vars`. */
  readonly cloudContextEnv?: readonly string[];
  readonly agentEnvironment?: AgentEnvironment;
}

/** `mergeStepContainerContext` input: the step chain of merge.md §2.3 (k8s_job_executor). */
export interface StepMergeInput {
  readonly launcher: LauncherLayer;
  readonly location: LocationLayerInput | null;
  /** The `k8s_job_executor` config (`config:` of the executor), text or value. */
  readonly executorConfig?: TextOrValue;
  /** The op whose step Job is rendered (key of `per_step_k8s_config`). */
  readonly opName: string;
  /** Value of the op's `dagster-k8s/config` tag. */
  readonly opTag?: TextOrValue;
  /**
   * Environment of the process that builds the step context: the RUN WORKER (not the agent).
   * Bare `KEY` env vars resolve here; absent keys render as placeholders.
   */
  readonly agentEnvironment?: AgentEnvironment;
}

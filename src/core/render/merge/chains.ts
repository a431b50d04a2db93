/**
 * The three merge chains: run (merge.md §6), code server (§7) and step (§2.3). Each returns
 * Dagster's final context as a {@link MergedContainerContext}, or the error Dagster would raise.
 */
import { buildAgentContext, runFieldAllowlist } from './agent-context';
import { checkFieldAllowlist, filterEnvAllowlist } from './allowlist';
import {
  emptyContainerContext,
  mergeContainerContexts,
  runConfigContext,
  type TracedContainerContext,
} from './container-context';
import { runDagsterStage } from './errors';
import { rawConfigFromExecutor, type ExecutorLayers } from './executor-config';
import { finalizeContext } from './finalize';
import { createContextFromLocation } from './location-context';
import {
  infoNote,
  NOTE_CLOUD_CONTEXT_ENV_ASSUMED,
  NOTE_EXECUTOR_JOB_TAGS,
  NOTE_STEP_ENV_FROM_RUN_WORKER,
  noteShallowReplacesAgent,
  warningNote,
} from './notes';
import type { TracedRawConfig } from './raw-config';
import { rawConfigFromTags } from './run-tags';
import type {
  AgentEnvironment,
  CodeServerMergeInput,
  DroppedEnvVar,
  K8sFieldAllowlist,
  LauncherLayer,
  MergedContainerContext,
  MergeNote,
  MergeResult,
  RunMergeInput,
  StepMergeInput,
} from './types';
import { FRAGMENT_NAMES } from './types';
import { getOrCreate, getOrCreateBounded } from '../../get-or-create';

type AgentContexts = WeakMap<AgentEnvironment, Map<string, TracedContainerContext>>;

const agentContexts = new WeakMap<LauncherLayer, AgentContexts>();
const agentBases = new WeakMap<TracedContainerContext, TracedContainerContext>();

/** cloud_context_env lists kept per launcher and environment (one per deployment name typed). */
const CONTEXTS_PER_ENVIRONMENT = 8;

/**
 * buildAgentContext, memoized per launcher, environment and cloud_context_env: the agent side
 * depends on the Helm values only, which the preview keeps across keystrokes (with the launcher,
 * see readAgentLayer), and every chain only reads it (merges make new maps).
 */
function readAgentContext(
  launcher: LauncherLayer,
  environment: AgentEnvironment,
  cloudContextEnv: readonly string[] = [],
): TracedContainerContext {
  const byEnvironment = getOrCreate(agentContexts, launcher, () => new WeakMap());
  const byCloudEnv = getOrCreate(byEnvironment, environment, () => new Map());
  return getOrCreateBounded(
    byCloudEnv,
    JSON.stringify(cloudContextEnv),
    CONTEXTS_PER_ENVIRONMENT,
    () => buildAgentContext(launcher, environment, cloudContextEnv),
  );
}

/** The run and step chains' start: the empty context ⊕ the agent's (memoized with it). */
function readAgentBase(launcher: LauncherLayer, environment: AgentEnvironment) {
  const agent = readAgentContext(launcher, environment);
  return getOrCreate(agentBases, agent, () =>
    mergeContainerContexts(emptyContainerContext(), agent),
  );
}

interface UserSide {
  readonly context: TracedContainerContext;
  readonly dropped: DroppedEnvVar[];
}

/** §6 step 5 / §7 step 2: allowlist check and env filtering of the user side. */
function validateUserSide(
  user: TracedContainerContext,
  launcher: LauncherLayer,
  fieldAllowlist: K8sFieldAllowlist | null,
  target: 'run' | 'server',
): UserSide {
  if (fieldAllowlist) {
    checkFieldAllowlist(user, target === 'run' ? user.run : user.server, fieldAllowlist);
  }
  if (!launcher.envVarAllowlist) return { context: user, dropped: [] };
  return filterEnvAllowlist(user, launcher.envVarAllowlist, target);
}

/** The user side of a run or step: location ⊕ (tags), not yet validated. */
function buildUserRunSide(
  input: RunMergeInput | StepMergeInput,
  includeRunTags: boolean,
  notes: MergeNote[],
): TracedContainerContext {
  let user = emptyContainerContext();
  const environment = input.agentEnvironment ?? {};
  if (input.location) {
    user = mergeContainerContexts(
      user,
      createContextFromLocation(input.location, environment, notes),
    );
  }
  if (includeRunTags) {
    const run = input as RunMergeInput;
    const tags = rawConfigFromTags(
      {
        configTag: run.runTag,
        resourceRequirementsTag: run.resourceRequirementsTag,
        layer: 'run-tag',
        document: 'run-tag',
      },
      notes,
    );
    user = mergeContainerContexts(user, runConfigContext(tags));
  }
  return user;
}

/** Warns about agent values a SHALLOW incoming side replaces wholesale (example R10b). */
function shallowNotes(agent: TracedRawConfig, user: TracedRawConfig, source: string): MergeNote[] {
  if (user.mergeBehavior !== 'SHALLOW') return [];
  const replaced: string[] = [];
  for (const name of FRAGMENT_NAMES) {
    for (const key of user.fragments[name].entries.keys()) {
      if (agent.fragments[name].entries.has(key)) replaced.push(`${name}.${key}`);
    }
  }
  if (replaced.length === 0) return [];
  return [
    warningNote(noteShallowReplacesAgent(source, replaced), user.mergeBehaviorOrigin ?? undefined),
  ];
}

/** The run chain (merge.md §6): agent ⊕ validated(location ⊕ run tag). */
export function mergeRunContainerContext(
  input: RunMergeInput,
): MergeResult<MergedContainerContext> {
  return runDagsterStage('run-launch', () => {
    const notes: MergeNote[] = [];
    const environment = input.agentEnvironment ?? {};
    const base = readAgentBase(input.launcher, environment);
    const user = validateUserSide(
      buildUserRunSide(input, true, notes),
      input.launcher,
      runFieldAllowlist(input.launcher),
      'run',
    );
    notes.push(...shallowNotes(base.run, user.context.run, 'The dagster-k8s/config tag'));
    return finalizeContext({
      target: 'run',
      context: mergeContainerContexts(base, user.context),
      droppedEnvVars: user.dropped,
      notes,
    });
  });
}

/** The code-server chain (merge.md §7): agent(+cloud_context_env) ⊕ validated(location). */
export function mergeCodeServerContainerContext(
  input: CodeServerMergeInput,
): MergeResult<MergedContainerContext> {
  return runDagsterStage('code-server-start', () => {
    const notes: MergeNote[] = [];
    const environment = input.agentEnvironment ?? {};
    const cloudContextEnv = input.cloudContextEnv ?? [];
    if (cloudContextEnv.length > 0) notes.push(infoNote(NOTE_CLOUD_CONTEXT_ENV_ASSUMED));
    const agent = readAgentContext(input.launcher, environment, cloudContextEnv);
    const location = input.location
      ? createContextFromLocation(input.location, environment, notes)
      : emptyContainerContext();
    const user = validateUserSide(
      location,
      input.launcher,
      input.launcher.fieldAllowlist,
      'server',
    );
    notes.push(
      ...shallowNotes(agent.server, user.context.server, "The location's server_k8s_config"),
    );
    return finalizeContext({
      target: 'code-server',
      context: mergeContainerContexts(agent, user.context),
      droppedEnvVars: user.dropped,
      notes,
    });
  });
}

/**
 * The step chain (merge.md §2.3, `K8sStepHandler._get_container_context`): the run chain without
 * the job's tags, ⊕ executor config, ⊕ the op's tag, ⊕ `per_step_k8s_config[op]`.
 */
export function mergeStepContainerContext(
  input: StepMergeInput,
): MergeResult<MergedContainerContext> {
  return runDagsterStage('step-launch', () => {
    const notes: MergeNote[] = [
      infoNote(NOTE_EXECUTOR_JOB_TAGS),
      infoNote(NOTE_STEP_ENV_FROM_RUN_WORKER),
    ];
    const environment = input.agentEnvironment ?? {};
    const base = readAgentBase(input.launcher, environment);
    const user = validateUserSide(
      buildUserRunSide(input, false, notes),
      input.launcher,
      runFieldAllowlist(input.launcher),
      'run',
    );
    const executor: ExecutorLayers = rawConfigFromExecutor(input, notes);
    const opTag = rawConfigFromTags(
      { configTag: input.opTag, layer: 'op-tag', document: 'op-tag' },
      notes,
    );
    const context = [
      executor.context,
      runConfigContext(opTag),
      runConfigContext(executor.perStep),
    ].reduce(mergeContainerContexts, mergeContainerContexts(base, user.context));
    return finalizeContext({
      target: 'step',
      context,
      droppedEnvVars: user.dropped,
      notes,
      executorJobImage: executor.jobImage,
    });
  });
}

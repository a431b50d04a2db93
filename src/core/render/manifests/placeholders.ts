import type { JsonObject, ValueOrigin } from '../merge/types';
import { forEachLeaf, forEachLeafValue, isResolvedFor } from './origins';
import type { ManifestMark } from './types';

/**
 * Values that exist only at launch time (spec README §5.1, P1–P8). The renderers take each as
 * an input whose default is the token below, so the preview never invents a realistic value
 * and tests can pass the stand-ins of examples.md §0.1 instead.
 */
export const PLACEHOLDERS = {
  /** P1: a new UUID per run. */
  runId: '<run-id>',
  /** P2: the 4th run `args` item, opaque JSON built at launch. */
  serializedRunArgs: '<SERIALIZED_EXECUTE_RUN_ARGS>',
  /** P3: six `x` so the 63-character name check stays exact. */
  nameSuffix: 'xxxxxx',
  /** P4: the agent's random id, new on every agent start. */
  agentId: '<agent-id>',
  /** P5: the control plane's update timestamp. */
  serverTimestamp: '<server-timestamp>',
  /** P6: the serialized instance ref of the agent. */
  instanceRef: '<serialized InstanceRef JSON>',
  /** Step pods: `DAGSTER_COMPRESSED_EXECUTE_STEP_ARGS`, built by the run worker. */
  compressedStepArgs: '<COMPRESSED_EXECUTE_STEP_ARGS>',
  /** Step Job names hash the run id: with a placeholder run id there is no real hash. */
  stepHash: '<md5(run-id+step-key)>',
} as const;

/** The YAML comment each placeholder gets (README §5.1 "Why"). */
export const PLACEHOLDER_COMMENTS = {
  runId: 'placeholder: new UUID per run',
  serializedRunArgs: 'placeholder: serialized ExecuteRunArgs, built at launch',
  nameSuffix: 'placeholder: "xxxxxx" = random 6-hex suffix, new on every spin-up',
  agentId: 'placeholder: random per agent start',
  serverTimestamp: 'placeholder: set by Dagster+',
  instanceRef: "placeholder: the agent's serialized instance, built at spin-up",
  compressedStepArgs: 'placeholder: compressed ExecuteStepArgs, built by the run worker',
  stepHash: 'placeholder: MD5 of run id + step key',
  agentEnv: "placeholder: read from the agent's environment at launch",
  cloudContext: 'assumed: supplied by Dagster+',
  display: 'display',
} as const;

export type PlaceholderId = keyof typeof PLACEHOLDERS;

type Marker = (pointer: string, leaf: unknown, origin: ValueOrigin | undefined) => void;

function createMarker(marks: ManifestMark[], active: readonly PlaceholderId[]): Marker {
  // One search per string for any active token; only a string that has one is searched token
  // by token (the first active id found wins, as before). Most strings have none.
  const anyToken = active.length > 0 ? new RegExp(active.map(escapeToken).join('|')) : undefined;
  return (pointer, value, origin) => {
    const hit =
      typeof value === 'string' && anyToken?.test(value)
        ? active.find((id) => value.includes(PLACEHOLDERS[id]))
        : undefined;
    if (hit) marks.push({ pointer, comment: PLACEHOLDER_COMMENTS[hit] });
    else if (origin?.agentEnv && !origin.agentEnv.resolved) {
      marks.push({ pointer, comment: PLACEHOLDER_COMMENTS.agentEnv });
    } else if (origin?.layer === 'cloud-context' && pointer.endsWith('/value')) {
      marks.push({ pointer, comment: PLACEHOLDER_COMMENTS.cloudContext });
    }
  };
}

/**
 * The marks read off `origins` in step with the leaves: PlacementRecorder.resolve keys them by
 * the same walk, so the n-th entry is the n-th leaf and no pointer is built or looked up again
 * (that was most of this function). Null when the counts differ (the body changed since).
 */
function markInStep(
  body: JsonObject,
  origins: ReadonlyMap<string, ValueOrigin>,
  active: readonly PlaceholderId[],
): ManifestMark[] | null {
  const marks: ManifestMark[] = [];
  const mark = createMarker(marks, active);
  const entries = origins.entries();
  let inStep = true;
  forEachLeafValue(body, (value) => {
    const next = inStep ? entries.next() : undefined;
    if (!next || next.done) inStep = false;
    else mark(next.value[0], value, next.value[1]);
  });
  return inStep && entries.next().done ? marks : null;
}

/**
 * Marks every leaf of `body` whose string value contains one of the `active` placeholder tokens
 * (only those the caller actually used, so a stand-in is never marked), every value read from
 * the agent's environment (P8) and every `cloud_context_env` value (P7, an assumption).
 * `origins` maps leaf pointers to origins; resolve's own map for this body is read in step
 * with the walk, any other map by each leaf's pointer (same marks).
 */
export function collectPlaceholderMarks(
  body: JsonObject,
  origins: ReadonlyMap<string, ValueOrigin>,
  active: readonly PlaceholderId[],
): ManifestMark[] {
  const inStep = isResolvedFor(origins, body) ? markInStep(body, origins, active) : null;
  if (inStep) return inStep;
  const marks: ManifestMark[] = [];
  const mark = createMarker(marks, active);
  forEachLeaf(body, (pointer, value) => mark(pointer, value, origins.get(pointer)));
  return marks;
}

function escapeToken(id: PlaceholderId): string {
  return PLACEHOLDERS[id].replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The value at a JSON pointer (undefined when absent). */
export function readPointer(value: unknown, pointer: string): unknown {
  if (pointer === '') return value;
  let current = value;
  for (const raw of pointer.slice(1).split('/')) {
    const key = raw.replace(/~1/gu, '/').replace(/~0/gu, '~');
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/** Turns a traced context into the renderer's {@link MergedContainerContext}. */
import type { TracedContainerContext } from './container-context';
import {
  infoNote,
  NOTE_SERVER_REPLICA_COUNT_INFERRED,
  NOTE_SERVICE_SPEC_CONFIG_INFERRED,
  noteAgentEnvValue,
  noteDuplicateEnvName,
  noteEnvVarsExcluded,
  warningNote,
} from './notes';
import type { TracedRawConfig } from './raw-config';
import { collectOrigins, untraceMap, type TracedNode } from './traced';
import {
  FRAGMENT_NAMES,
  type DroppedEnvVar,
  type FragmentName,
  type JsonObject,
  type MergedContainerContext,
  type MergeNote,
  type MergeTarget,
  type RawK8sConfig,
  type ValueOrigin,
} from './types';

export interface FinalizeInput {
  readonly target: MergeTarget;
  readonly context: TracedContainerContext;
  readonly droppedEnvVars: readonly DroppedEnvVar[];
  readonly notes: readonly MergeNote[];
  readonly executorJobImage?: string | null;
}

/** Plain fragments, origins per node, and the notes derived from the final config. */
export function finalizeContext(input: FinalizeInput): MergedContainerContext {
  const config = input.target === 'code-server' ? input.context.server : input.context.run;
  const fragments = {} as Record<FragmentName, JsonObject>;
  const origins = new Map<string, ValueOrigin>();
  for (const name of FRAGMENT_NAMES) {
    fragments[name] = untraceMap(config.fragments[name]);
    collectOrigins(config.fragments[name], `/${name}`, origins);
  }
  const notes = [...input.notes, ...envNotes(config), ...contextNotes(input)];
  const { namespace, serverReplicaCount } = input.context;
  const merged: MergedContainerContext = {
    target: input.target,
    namespace: namespace ? String(namespace.value) : null,
    namespaceOrigin: namespace?.origin ?? null,
    serverReplicaCount:
      input.target === 'code-server' && serverReplicaCount
        ? Number(serverReplicaCount.value)
        : null,
    serverReplicaCountOrigin:
      input.target === 'code-server' && serverReplicaCount ? serverReplicaCount.origin : null,
    mergeBehavior: config.mergeBehavior,
    fragments: fragments as RawK8sConfig,
    origins,
    droppedEnvVars: input.droppedEnvVars,
    notes: dedupeNotes(notes),
  };
  return input.target === 'step'
    ? { ...merged, executorJobImage: input.executorJobImage ?? null }
    : merged;
}

function envItems(config: TracedRawConfig): readonly TracedNode[] {
  const env = config.fragments.container_config.entries.get('env');
  return env?.kind === 'list' ? env.items : [];
}

function envNotes(config: TracedRawConfig): MergeNote[] {
  const notes: MergeNote[] = [];
  const counts = new Map<string, { count: number; origin: ValueOrigin }>();
  for (const item of envItems(config)) {
    if (item.kind !== 'map') continue;
    const name = item.entries.get('name');
    const value = item.entries.get('value');
    const agentEnv = value?.origin.agentEnv;
    if (agentEnv) {
      const message = noteAgentEnvValue(agentEnv.key, agentEnv.resolved);
      notes.push(
        agentEnv.resolved ? infoNote(message, value.origin) : warningNote(message, value.origin),
      );
    }
    if (name?.kind === 'scalar') {
      const key = String(name.value);
      const seen = counts.get(key);
      counts.set(key, { count: (seen?.count ?? 0) + 1, origin: item.origin });
    }
  }
  for (const [name, { count, origin }] of counts) {
    if (count > 1) notes.push(warningNote(noteDuplicateEnvName(name), origin));
  }
  return notes;
}

function contextNotes(input: FinalizeInput): MergeNote[] {
  const notes: MergeNote[] = [];
  if (input.droppedEnvVars.length > 0) {
    notes.push(warningNote(noteEnvVarsExcluded(input.droppedEnvVars.map((d) => d.name))));
  }
  if (input.target === 'code-server') {
    if (input.context.serverReplicaCount) {
      notes.push(
        infoNote(NOTE_SERVER_REPLICA_COUNT_INFERRED, input.context.serverReplicaCount.origin),
      );
    }
    if (input.context.server.fragments.service_spec_config.entries.size > 0) {
      notes.push(infoNote(NOTE_SERVICE_SPEC_CONFIG_INFERRED));
    }
  }
  return notes;
}

function dedupeNotes(notes: readonly MergeNote[]): MergeNote[] {
  const seen = new Set<string>();
  return notes.filter((note) => {
    const key = `${note.severity}|${note.message}|${JSON.stringify(note.origin ?? null)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

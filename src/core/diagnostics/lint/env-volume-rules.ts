import type { ConfigPath } from '../../source-range';
import type { LintFinding } from '../diagnostic';
import { findK8sField, isMap, listK8sBlocks, listK8sFragments, type Json } from './config-walk';

/** Rules about env vars and volumes (merge.md §8, §10; user-needs.md #8, #9, #13). */

interface Named {
  readonly name: string;
  readonly path: ConfigPath;
}

/** `KEY=VALUE` / `KEY` strings of an env_vars list, with their paths. */
function envVarEntries(list: unknown, path: ConfigPath): Named[] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((entry, i) =>
    typeof entry === 'string' ? [{ name: entry.split('=')[0] ?? '', path: [...path, i] }] : [],
  );
}

/** `{name: …}` items of a list (env, volumes, volume_mounts), with their paths. */
function namedItems(list: unknown, path: ConfigPath): Named[] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((item, i) =>
    isMap(item) && typeof item.name === 'string' ? [{ name: item.name, path: [...path, i] }] : [],
  );
}

/** Syntax pitfalls of `env_vars` entries. */
export function lintEnvVarEntries(config: unknown): LintFinding[] {
  if (!isMap(config)) return [];
  const lists: [unknown, ConfigPath, boolean][] = [];
  const owners: [unknown, ConfigPath][] = [[config.defaults, ['defaults']]];
  if (Array.isArray(config.locations))
    config.locations.forEach((location, i) => owners.push([location, ['locations', i]]));
  for (const [owner, ownerPath] of owners) {
    const context = isMap(owner) ? owner.container_context : undefined;
    if (!isMap(context)) continue;
    const isDefault = ownerPath[0] === 'defaults';
    lists.push([context.env_vars, [...ownerPath, 'container_context', 'env_vars'], isDefault]);
    if (isMap(context.k8s))
      lists.push([
        context.k8s.env_vars,
        [...ownerPath, 'container_context', 'k8s', 'env_vars'],
        isDefault,
      ]);
  }
  return lists.flatMap(([list, path, isDefault]) =>
    Array.isArray(list)
      ? list.flatMap((entry, i) => lintEnvVarEntry(entry, [...path, i], isDefault))
      : [],
  );
}

function lintEnvVarEntry(entry: unknown, path: ConfigPath, isDefault: boolean): LintFinding[] {
  if (typeof entry !== 'string') return [];
  if (!entry.includes('='))
    return [
      {
        severity: 'info',
        path,
        target: 'value',
        message: `${entry} has no value here: the agent copies it from its own environment when it launches the code server or run.`,
        code: 'env-var-from-agent',
        hint: `If the agent does not have ${entry}, the launch fails with "Tried to load environment variable ${entry}, but it was not set". Write ${entry}=<value> to set it here.`,
      },
    ];
  if (entry.startsWith('='))
    return [
      {
        severity: 'warning',
        path,
        target: 'value',
        message: `"${entry}" has an empty variable name; the Kubernetes API server rejects it.`,
        code: 'env-var-empty-name',
        stage: 'kubernetes-api',
      },
    ];
  if (isDefault && entry.indexOf('=') !== entry.lastIndexOf('='))
    return [
      {
        severity: 'warning',
        path,
        target: 'value',
        message: `Invalid key-value pair: ${entry}`,
        code: 'defaults-env-var-pair',
        hint: 'dagster-cloud ci template fails on a defaults: env_vars entry with more than one "=" (the runtime would accept it).',
      },
    ];
  return [];
}

/** The same env var set twice for one container (both reach it; Kubernetes uses the last). */
export function lintDuplicateEnvNames(config: unknown): LintFinding[] {
  const locations = isMap(config) && Array.isArray(config.locations) ? config.locations : [];
  const findings = new Map<string, LintFinding>();
  locations.forEach((location, i) => {
    const context = isMap(location) ? location.container_context : undefined;
    if (!isMap(context)) return;
    const ccPath: ConfigPath = ['locations', i, 'container_context'];
    const k8s = isMap(context.k8s) ? context.k8s : {};
    const shared = [
      ...envVarEntries(context.env_vars, [...ccPath, 'env_vars']),
      ...envVarEntries(k8s.env_vars, [...ccPath, 'k8s', 'env_vars']),
      ...namedItems(k8s.env, [...ccPath, 'k8s', 'env']),
    ];
    const fragments = listK8sFragments(k8s, [...ccPath, 'k8s']);
    for (const finding of duplicateNames(shared, 'both'))
      findings.set(JSON.stringify(finding.path), finding);
    for (const target of ['run', 'server'] as const) {
      const fragmentEnv = fragments
        .filter((f) => f.target === target && f.name === 'container_config')
        .flatMap((f) => {
          const env = findK8sField(f.value, 'env');
          return env ? namedItems(env[1], [...f.path, env[0]]) : [];
        });
      const fromFragments = duplicateNames([...shared, ...fragmentEnv], target).filter((finding) =>
        fragmentEnv.some((e) => e.path === finding.path),
      );
      for (const finding of fromFragments) findings.set(JSON.stringify(finding.path), finding);
    }
  });
  return [...findings.values()];
}

const CONTAINER_WORDS = {
  both: 'the code server and runs',
  run: 'the run container',
  server: 'the code-server container',
};

function duplicateNames(
  entries: readonly Named[],
  target: keyof typeof CONTAINER_WORDS,
): LintFinding[] {
  const seen = new Map<string, Named>();
  const findings: LintFinding[] = [];
  for (const entry of entries) {
    const first = seen.get(entry.name);
    if (!first) {
      seen.set(entry.name, entry);
      continue;
    }
    findings.push({
      severity: 'warning',
      path: entry.path,
      target: 'value',
      message: `${entry.name} is already set for ${CONTAINER_WORDS[target]} (at ${first.path.join('.')}): both entries reach the container and Kubernetes uses the last one.`,
      code: 'duplicate-env-var',
    });
  }
  return findings;
}

type Mount = Named & { readonly item: Json };

function mountsOf(list: unknown, path: ConfigPath): Mount[] {
  return namedItems(list, path).map((m) => ({
    ...m,
    item: (list as Json[])[m.path.at(-1) as number] ?? {},
  }));
}

/**
 * Volume mounts naming no volume of the location, and two mounts at one path, per container:
 * the top-level lists plus that target's own fragments.
 */
export function lintVolumeMounts(config: unknown): LintFinding[] {
  const blocks = listK8sBlocks(config);
  const defaults = blocks.find((b) => b.ownerPath[0] === 'defaults');
  const defaultVolumes = defaults ? namedItems(defaults.k8s.volumes, []).map((v) => v.name) : [];
  const findings = new Map<string, LintFinding>();
  for (const { k8s, path } of blocks) {
    const fragments = listK8sFragments(k8s, path);
    for (const target of ['run', 'server'] as const) {
      const own = fragments.filter((f) => f.target === target);
      const volumes = new Set([
        ...defaultVolumes,
        ...namedItems(k8s.volumes, []).map((v) => v.name),
      ]);
      const mounts = mountsOf(k8s.volume_mounts, [...path, 'volume_mounts']);
      for (const f of own) {
        const field = findK8sField(
          f.value,
          f.name === 'pod_spec_config' ? 'volumes' : 'volume_mounts',
        );
        if (!field || (f.name !== 'pod_spec_config' && f.name !== 'container_config')) continue;
        if (f.name === 'pod_spec_config')
          namedItems(field[1], []).forEach((v) => volumes.add(v.name));
        else mounts.push(...mountsOf(field[1], [...f.path, field[0]]));
      }
      for (const finding of [
        ...unknownVolumeFindings(mounts, volumes),
        ...mountPathCollisions(mounts),
      ])
        findings.set(JSON.stringify(finding.path), finding);
    }
  }
  return [...findings.values()];
}

function unknownVolumeFindings(
  mounts: readonly Named[],
  volumes: ReadonlySet<string>,
): LintFinding[] {
  return mounts.flatMap((mount): LintFinding[] =>
    volumes.has(mount.name)
      ? []
      : [
          {
            severity: 'warning',
            path: [...mount.path, 'name'],
            target: 'value',
            message: `No volume named "${mount.name}" in this location: the pod fails to start unless the agent's Helm values (workspace.volumes) define it.`,
            code: 'mount-without-volume',
            stage: 'kubernetes-api',
          },
        ],
  );
}

function mountPathCollisions(mounts: readonly Mount[]): LintFinding[] {
  const seen = new Map<string, Named>();
  return mounts.flatMap((mount): LintFinding[] => {
    const field = findK8sField(mount.item, 'mount_path');
    if (!field || typeof field[1] !== 'string') return [];
    const first = seen.get(field[1]);
    if (!first) {
      seen.set(field[1], mount);
      return [];
    }
    return [
      {
        severity: 'warning',
        path: [...mount.path, field[0]],
        target: 'value',
        message: `Two volume mounts use the path ${field[1]} (also ${first.path.join('.')}); Kubernetes rejects the pod.`,
        code: 'mount-path-collision',
        stage: 'kubernetes-api',
      },
    ];
  });
}

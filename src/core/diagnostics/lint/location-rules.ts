import { CONTAINER_CONTEXT_KEYS } from '../../schema';
import type { LintFinding } from '../diagnostic';
import { isMap, listK8sBlocks, type Json } from './config-walk';

/** Rules about locations as a whole (config-schema.md §3, §8, §14.4, §15). */

const NO_IMAGE_MESSAGE =
  "Your agent's configuration requires you to specify an image. Use the `--image` flag when specifying your location to tell the agent which image to use to load your code.";

function hasValue(map: unknown, key: string): boolean {
  return isMap(map) && typeof map[key] === 'string' && map[key] !== '';
}

/**
 * A location the Kubernetes agent would refuse for lack of an image. CI fills `image` in from
 * `build.registry`, so either counts, in the location or in `defaults`.
 */
export function lintMissingImage(config: unknown, fileUsesK8s = false): LintFinding[] {
  if (!isMap(config) || !Array.isArray(config.locations)) return [];
  const defaults = config.defaults;
  const defaultsImage =
    hasValue(defaults, 'image') || (isMap(defaults) && hasValue(defaults.build, 'registry'));
  if (defaultsImage) return [];
  const usesK8s = fileUsesK8s || listK8sBlocks(config).length > 0;
  return config.locations.flatMap((location, i): LintFinding[] => {
    if (!isMap(location) || hasValue(location, 'image') || hasValue(location.build, 'registry'))
      return [];
    return [
      {
        severity: usesK8s ? 'warning' : 'info',
        path: ['locations', i, 'image'],
        target: 'missing',
        message: NO_IMAGE_MESSAGE,
        code: 'missing-image',
        stage: 'agent',
        hint: 'The Kubernetes agent needs an image: set image, or build.registry so that `dagster-cloud ci` builds and sets it. (Serverless deployments need neither.)',
      },
    ];
  });
}

/**
 * Characters the agent deletes when it derives Kubernetes names from the location name
 * (render-server.md §4): `Sales Forecast` serves as `salesforecast-<deployment>-xxxxxx`.
 */
export function lintLocationNames(config: unknown): LintFinding[] {
  if (!isMap(config) || !Array.isArray(config.locations)) return [];
  return config.locations.flatMap((location, i): LintFinding[] => {
    const name = isMap(location) ? location.location_name : undefined;
    if (typeof name !== 'string' || /^[A-Za-z][A-Za-z0-9_-]*$/.test(name)) return [];
    const sanitized = name
      .toLowerCase()
      .replace(/[^a-z0-9-]/g, '')
      .replace(/^[^a-z]+/, '')
      .replace(/^-+|-+$/g, '');
    return [
      {
        severity: 'warning',
        path: ['locations', i, 'location_name'],
        target: 'value',
        message: `Location name "${name}" is not a valid Kubernetes-style name: use letters, digits, '-' and '_', starting with a letter.`,
        code: 'location-name',
        hint: `The agent names the code server after it with the other characters removed ("${sanitized || 'k8s'}-<deployment>-xxxxxx"), and Dagster+ may reject it.`,
      },
    ];
  });
}

/**
 * The CLI model lets code_source out, but the Dagster+ server-side schema requires it
 * (config-schema.md §7): the code server would not know what to load.
 */
export function lintMissingCodeSource(config: unknown): LintFinding[] {
  if (!isMap(config) || !Array.isArray(config.locations)) return [];
  return config.locations.flatMap((location, i): LintFinding[] =>
    isMap(location) && location.code_source == null
      ? [
          {
            severity: 'warning',
            path: ['locations', i, 'code_source'],
            target: 'missing',
            message:
              'No code_source: dagster-cloud ci check accepts this, but Dagster+ requires one of package_name, module_name, python_file or autoload_defs_module_name under code_source.',
            code: 'missing-code-source',
            stage: 'agent',
          },
        ]
      : [],
  );
}

/** The legacy `locations: {name: {...}}` form (config-schema.md §15): a hint for the list_type error. */
export function lintLegacyLocations(config: unknown): LintFinding[] {
  if (!isMap(config) || !isMap(config.locations)) return [];
  return [
    {
      severity: 'info',
      path: ['locations'],
      target: 'key',
      message:
        'This is the legacy mapping form of locations (name: {image, python_file, …}); dagster-cloud ci check wants a list.',
      code: 'legacy-locations-hint',
      hint: 'Convert it to a list: each entry becomes "- location_name: <name>" with its python_file/package_name/module_name moved under code_source.',
    },
  ];
}

/** Keys the agent does not read under container_context, and keys outside the Dagster+ schema. */
export function lintContainerContextKeys(config: unknown): LintFinding[] {
  if (!isMap(config)) return [];
  const owners: [unknown, (string | number)[]][] = [[config.defaults, ['defaults']]];
  if (Array.isArray(config.locations))
    config.locations.forEach((location, i) => owners.push([location, ['locations', i]]));
  return owners.flatMap(([owner, ownerPath]) => {
    const context = isMap(owner) ? owner.container_context : undefined;
    return isMap(context) ? lintOneContext(context, [...ownerPath, 'container_context']) : [];
  });
}

function lintOneContext(context: Json, path: (string | number)[]): LintFinding[] {
  const findings: LintFinding[] = [];
  for (const key of Object.keys(context)) {
    if ((CONTAINER_CONTEXT_KEYS as readonly string[]).includes(key)) continue;
    findings.push({
      severity: 'warning',
      path: [...path, key],
      target: 'key',
      message: `The agent ignores container_context.${key}: it reads only env_vars, k8s, docker and ecs.`,
      code: 'unknown-container-context-key',
      hint:
        key === 'kubernetes' || key === 'K8s'
          ? 'Did you mean "k8s"?'
          : 'Kubernetes settings go under container_context.k8s.',
    });
  }
  if (Object.hasOwn(context, 'env_vars'))
    findings.push(notInServerSchema([...path, 'env_vars'], 'container_context.env_vars'));
  if (isMap(context.k8s) && Object.hasOwn(context.k8s, 'env'))
    findings.push(notInServerSchema([...path, 'k8s', 'env'], 'k8s.env'));
  return findings;
}

function notInServerSchema(path: (string | number)[], what: string): LintFinding {
  return {
    severity: 'info',
    path,
    target: 'key',
    message: `${what} is not in the Dagster+ location schema, but the agent applies it.`,
    code: 'not-in-dagster-plus-schema',
  };
}

/** Top-level resources and defaults-wide secrets: easy to apply more widely than meant. */
export function lintScope(config: unknown): LintFinding[] {
  return listK8sBlocks(config).flatMap(({ k8s, path, ownerPath }): LintFinding[] => {
    const findings: LintFinding[] = [];
    if (Object.hasOwn(k8s, 'resources'))
      findings.push({
        severity: 'info',
        path: [...path, 'resources'],
        target: 'key',
        message:
          'Top-level resources apply to the code server AND every run. To size them separately use run_k8s_config.container_config.resources and server_k8s_config.container_config.resources.',
        code: 'top-level-resources',
      });
    if (ownerPath[0] === 'defaults' && Object.hasOwn(k8s, 'env_secrets'))
      findings.push({
        severity: 'info',
        path: [...path, 'env_secrets'],
        target: 'key',
        message: 'Secrets in defaults are loaded into the code server and runs of EVERY location.',
        code: 'defaults-secrets',
      });
    return findings;
  });
}

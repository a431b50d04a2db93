import { isConfigMap } from './config-read';

/**
 * Kubernetes fields inside fragments, volumes, mounts and `env` items may be written in
 * snake_case (Python client) or camelCase (Kubernetes JSON); Dagster accepts both. New keys
 * follow the style the file already uses so the result reads as one hand wrote it.
 */
export type KeyStyle = 'snake' | 'camel';

/** `config_map` -> `configMap`. */
export function toCamelKey(snake: string): string {
  return snake.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
}

/** `configMap` -> `config_map`. */
export function toSnakeKey(camel: string): string {
  return camel.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

/** The spelling of a snake_case field name in `style`. */
export function styleKey(snake: string, style: KeyStyle): string {
  return style === 'camel' ? toCamelKey(snake) : snake;
}

function countKeyStyles(value: unknown, counts: { snake: number; camel: number }): void {
  if (Array.isArray(value)) {
    for (const item of value) countKeyStyles(item, counts);
    return;
  }
  if (!isConfigMap(value)) return;
  for (const [key, child] of Object.entries(value)) {
    if (/^[a-z0-9]+(_[a-z0-9]+)+$/.test(key)) counts.snake += 1;
    else if (/^[a-z][a-z0-9]*([A-Z][a-z0-9]*)+$/.test(key)) counts.camel += 1;
    countKeyStyles(child, counts);
  }
}

/**
 * The key style used by the multi-word keys under `values` (searched in order: the first one
 * with any multi-word key decides), or `fallback` when none has one.
 */
export function detectKeyStyle(values: readonly unknown[], fallback: KeyStyle = 'snake'): KeyStyle {
  for (const value of values) {
    const counts = { snake: 0, camel: 0 };
    countKeyStyles(value, counts);
    if (counts.camel > counts.snake) return 'camel';
    if (counts.snake > counts.camel) return 'snake';
  }
  return fallback;
}

/**
 * The key under which `map` holds the field `snake` (either spelling), or the spelling a new
 * key should take in `style`.
 */
export function resolveFieldKey(map: unknown, snake: string, style: KeyStyle): string {
  if (isConfigMap(map)) {
    if (Object.hasOwn(map, snake)) return snake;
    const camel = toCamelKey(snake);
    if (Object.hasOwn(map, camel)) return camel;
  }
  return styleKey(snake, style);
}

/** The value of field `snake` in `map`, whichever spelling the file used. */
export function readField(map: unknown, snake: string): unknown {
  if (!isConfigMap(map)) return undefined;
  if (Object.hasOwn(map, snake)) return map[snake];
  const camel = toCamelKey(snake);
  return Object.hasOwn(map, camel) ? map[camel] : undefined;
}

/**
 * The parts of a `container_context.k8s` block whose keys are Kubernetes field names (either
 * style): list items of volumes, mounts and `env`, and the contents of the raw fragments. Dagster's
 * own keys (`run_k8s_config`, `container_config`…) are snake_case only and so tell nothing.
 */
export function collectK8sStyledParts(k8s: unknown): unknown[] {
  if (!isConfigMap(k8s)) return [];
  const parts: unknown[] = [k8s.volumes, k8s.volume_mounts, k8s.env, k8s.security_context];
  for (const wrapper of ['run_k8s_config', 'server_k8s_config']) {
    const block = k8s[wrapper];
    if (!isConfigMap(block)) continue;
    for (const [key, fragment] of Object.entries(block)) {
      if (key !== 'merge_behavior') parts.push(fragment);
    }
  }
  return parts;
}

/** Every `container_context.k8s` block of a config: each location's, then `defaults`'. */
export function collectK8sContexts(config: unknown): unknown[] {
  if (!isConfigMap(config)) return [];
  const contexts: unknown[] = [];
  const locations = Array.isArray(config.locations) ? config.locations : [];
  for (const location of [...locations, config.defaults]) {
    if (!isConfigMap(location) || !isConfigMap(location.container_context)) continue;
    contexts.push(location.container_context.k8s);
  }
  return contexts;
}

/**
 * The key style for new Kubernetes field names in one `k8s` block: that block's own style,
 * else the whole file's, else snake_case (the style of Dagster's docs).
 */
export function detectK8sKeyStyle(k8s: unknown, config: unknown): KeyStyle {
  const fileParts = collectK8sContexts(config).flatMap(collectK8sStyledParts);
  return detectKeyStyle([collectK8sStyledParts(k8s), fileParts]);
}

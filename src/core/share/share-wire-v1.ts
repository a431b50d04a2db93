import { formatCount, shareLinkErrors, type ShareLinkError } from './share-errors';
import { SHARE_LIMITS, type ShareRunContext, type ShareState } from './share-state';

/**
 * The JSON of a v1 payload uses one-letter keys: they are paid for in every link, and the
 * format is versioned, so readability of the wire form matters less than its size.
 *
 * | wire | state              | wire (in `r`) | run context          |
 * |------|--------------------|---------------|----------------------|
 * | `c`  | configText         | `j`           | jobName              |
 * | `h`  | helmValuesText     | `i`           | runId                |
 * | `r`  | runContext         | `t`           | tagText              |
 * | `l`  | selectedLocation   | `o`           | opIsolation          |
 * | `t`  | tab                | `e`           | executorConfigText   |
 * |      |                    | `n`           | opName               |
 * |      |                    | `g`           | opTagText            |
 * |      |                    | `d`           | deploymentName       |
 *
 * `d` came later and is optional, so links made before it still open (and keep the app's
 * deployment name); the decoder never required keys it did not know, it refuses them.
 */
const STATE_KEYS = {
  c: 'configText',
  h: 'helmValuesText',
  r: 'runContext',
  l: 'selectedLocation',
  t: 'tab',
} as const;
const RUN_KEYS = {
  j: 'jobName',
  i: 'runId',
  t: 'tagText',
  o: 'opIsolation',
  e: 'executorConfigText',
  n: 'opName',
  g: 'opTagText',
  d: 'deploymentName',
} as const;

/** Builds the v1 JSON value of a state. `configText` comes first: the dictionary ends where it starts. */
export function encodeShareWireV1(state: ShareState): Record<string, unknown> {
  const wire: Record<string, unknown> = { c: state.configText };
  if (state.helmValuesText !== undefined) wire.h = state.helmValuesText;
  if (state.runContext !== undefined) {
    const run = state.runContext;
    wire.r = {
      j: run.jobName,
      i: run.runId,
      t: run.tagText,
      o: run.opIsolation,
      e: run.executorConfigText,
      n: run.opName,
      g: run.opTagText,
      ...(run.deploymentName === undefined ? {} : { d: run.deploymentName }),
    };
  }
  if (state.selectedLocation !== undefined) wire.l = state.selectedLocation;
  if (state.tab !== undefined) wire.t = state.tab;
  return wire;
}

export type ShareWireDecodeResult =
  | { readonly ok: true; readonly state: ShareState }
  | { readonly ok: false; readonly error: ShareLinkError };

class ShapeError extends Error {}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Rejects any key outside `known`, `__proto__` included: a v1 link never carries one. */
function checkKeys(value: Record<string, unknown>, known: object, where: string): void {
  for (const key of Object.keys(value)) {
    if (!Object.hasOwn(known, key)) {
      throw new ShapeError(`unexpected field ${JSON.stringify(key)}${where}`);
    }
  }
}

function readText(value: Record<string, unknown>, key: string, name: string): string {
  const text = value[key];
  if (typeof text !== 'string') throw new ShapeError(`"${name}" must be text`);
  return text;
}

function readName(value: Record<string, unknown>, key: string, name: string): string | undefined {
  if (!Object.hasOwn(value, key)) return undefined;
  const text = readText(value, key, name);
  if (text.length > SHARE_LIMITS.maxNameLength) {
    throw new ShapeError(
      `"${name}" is longer than ${formatCount(SHARE_LIMITS.maxNameLength)} characters`,
    );
  }
  return text;
}

function readRunContext(value: unknown): ShareRunContext {
  if (!isPlainObject(value)) throw new ShapeError('"runContext" must be an object');
  checkKeys(value, RUN_KEYS, ' in "runContext"');
  const opIsolation = value.o;
  if (typeof opIsolation !== 'boolean') {
    throw new ShapeError('"runContext.opIsolation" must be true or false');
  }
  const deploymentName = readName(value, 'd', 'runContext.deploymentName');
  return {
    jobName: readText(value, 'j', 'runContext.jobName'),
    runId: readText(value, 'i', 'runContext.runId'),
    tagText: readText(value, 't', 'runContext.tagText'),
    opIsolation,
    executorConfigText: readText(value, 'e', 'runContext.executorConfigText'),
    opName: readText(value, 'n', 'runContext.opName'),
    opTagText: readText(value, 'g', 'runContext.opTagText'),
    ...(deploymentName === undefined ? {} : { deploymentName }),
  };
}

function readState(value: unknown): ShareState {
  if (!isPlainObject(value)) throw new ShapeError('it must be an object');
  checkKeys(value, STATE_KEYS, '');
  const state: {
    -readonly [K in keyof ShareState]: ShareState[K];
  } = { configText: readText(value, 'c', 'configText') };
  if (Object.hasOwn(value, 'h')) state.helmValuesText = readText(value, 'h', 'helmValuesText');
  if (Object.hasOwn(value, 'r')) state.runContext = readRunContext(value.r);
  const selectedLocation = readName(value, 'l', 'selectedLocation');
  if (selectedLocation !== undefined) state.selectedLocation = selectedLocation;
  const tab = readName(value, 't', 'tab');
  if (tab !== undefined) state.tab = tab;
  return state;
}

/**
 * Checks a parsed v1 JSON value field by field and builds a fresh state from the known fields
 * only, so nothing from the link (such as a `__proto__` key) reaches the app's objects.
 */
export function decodeShareWireV1(value: unknown): ShareWireDecodeResult {
  try {
    return { ok: true, state: readState(value) };
  } catch (error) {
    if (error instanceof ShapeError) {
      return { ok: false, error: shareLinkErrors.badShape(error.message) };
    }
    throw error;
  }
}

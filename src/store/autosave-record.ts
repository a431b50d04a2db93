import type { ShareRunContext, ShareState } from '../core/share';

/** Where the session is kept between visits, and where work replaced by a load is kept. */
export const AUTOSAVE_KEY = 'k8s-config-studio.autosave.v1';
export const PREVIOUS_WORK_KEY = 'k8s-config-studio.previous-work.v1';

/** One saved session. `modified` says whether it differed from what was last loaded or exported. */
export interface AutosaveRecord {
  readonly savedAt: number;
  readonly modified: boolean;
  readonly state: ShareState;
}

const FORMAT = 'k8s-config-studio.autosave';
const VERSION = 1;

/** The stored JSON: a format tag and version, so a later app can read or skip old records. */
export function serializeAutosaveRecord(record: AutosaveRecord): string {
  return JSON.stringify({ format: FORMAT, version: VERSION, ...record });
}

/**
 * Reads a stored record; `null` for nothing stored, another format or version, or anything
 * damaged (storage is shared with other code on the origin and can be edited by hand). Never
 * throws. Unknown fields are ignored, so a record written by a newer patch still opens.
 */
export function parseAutosaveRecord(raw: string | null): AutosaveRecord | null {
  if (raw === null) return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!isObject(value) || value.format !== FORMAT || value.version !== VERSION) return null;
  const { savedAt, modified } = value;
  if (typeof savedAt !== 'number' || !Number.isFinite(savedAt) || typeof modified !== 'boolean')
    return null;
  const state = readState(value.state);
  return state ? { savedAt, modified, state } : null;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function optionalString(value: unknown): string | undefined | false {
  if (value === undefined) return undefined;
  return typeof value === 'string' ? value : false;
}

function readState(value: unknown): ShareState | null {
  if (!isObject(value) || typeof value.configText !== 'string') return null;
  const helmValuesText = optionalString(value.helmValuesText);
  const selectedLocation = optionalString(value.selectedLocation);
  const tab = optionalString(value.tab);
  const runContext = value.runContext === undefined ? undefined : readRunContext(value.runContext);
  if (helmValuesText === false || selectedLocation === false || tab === false) return null;
  if (runContext === null) return null;
  return {
    configText: value.configText,
    ...(helmValuesText === undefined ? {} : { helmValuesText }),
    ...(runContext === undefined ? {} : { runContext }),
    ...(selectedLocation === undefined ? {} : { selectedLocation }),
    ...(tab === undefined ? {} : { tab }),
  };
}

const RUN_TEXT_KEYS = [
  'jobName',
  'runId',
  'tagText',
  'executorConfigText',
  'opName',
  'opTagText',
] as const;

function readRunContext(value: unknown): ShareRunContext | null {
  if (!isObject(value) || typeof value.opIsolation !== 'boolean') return null;
  const texts: Partial<Record<(typeof RUN_TEXT_KEYS)[number], string>> = {};
  for (const key of RUN_TEXT_KEYS) {
    const text = value[key];
    if (typeof text !== 'string') return null;
    texts[key] = text;
  }
  // Records saved before the deployment name was kept have none: the app keeps its own then.
  const deploymentName = optionalString(value.deploymentName);
  if (deploymentName === false) return null;
  return {
    ...(texts as Omit<ShareRunContext, 'opIsolation' | 'deploymentName'>),
    opIsolation: value.opIsolation,
    ...(deploymentName === undefined ? {} : { deploymentName }),
  };
}

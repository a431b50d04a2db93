import {
  buildShareLink,
  findSecretLikeValues,
  redactSecrets,
  shareLinkLength,
  type ShareLinkLengthReport,
  type ShareRunContext,
  type ShareState,
} from '../../core/share';

/** The texts of a state that can hold secrets, with the names the share dialog shows for them. */
const TEXT_SOURCES = [
  { source: 'dagster_cloud.yaml', read: (state: ShareState) => state.configText },
  { source: 'Helm values', read: (state: ShareState) => state.helmValuesText },
  { source: 'Run tag', read: (state: ShareState) => state.runContext?.tagText },
  { source: 'Executor config', read: (state: ShareState) => state.runContext?.executorConfigText },
  { source: 'Op tag', read: (state: ShareState) => state.runContext?.opTagText },
] as const;

/** One value the share dialog offers to hide. */
export interface SharedSecret {
  readonly source: (typeof TEXT_SOURCES)[number]['source'];
  readonly line: number;
  /** The env var or key name, so the user sees what would go out. */
  readonly name: string;
  readonly kind: 'env-var' | 'secret-key';
}

export interface ShareLinkPlan {
  readonly secrets: readonly SharedSecret[];
  /** The state that goes into the link: redacted when asked and there is anything to hide. */
  readonly shared: ShareState;
  readonly redacted: boolean;
  readonly link:
    | { readonly ok: true; readonly url: string; readonly length: ShareLinkLengthReport }
    | { readonly ok: false; readonly message: string };
}

/** Every secret-looking value of every text of the state, in the order the dialog lists them. */
export function findSharedSecrets(state: ShareState): SharedSecret[] {
  return TEXT_SOURCES.flatMap(({ source, read }) => {
    const text = read(state);
    if (text === undefined) return [];
    return findSecretLikeValues(text).map((value) => ({
      source,
      line: value.range.start.line,
      name: value.name,
      kind: value.kind,
    }));
  });
}

function redactRunContext(run: ShareRunContext): ShareRunContext {
  return {
    ...run,
    tagText: redactSecrets(run.tagText),
    executorConfigText: redactSecrets(run.executorConfigText),
    opTagText: redactSecrets(run.opTagText),
  };
}

/** The state with every secret-looking value replaced by `<redacted>`, all else byte for byte. */
export function redactShareState(state: ShareState): ShareState {
  return {
    ...state,
    configText: redactSecrets(state.configText),
    ...(state.helmValuesText === undefined
      ? {}
      : { helmValuesText: redactSecrets(state.helmValuesText) }),
    ...(state.runContext === undefined ? {} : { runContext: redactRunContext(state.runContext) }),
  };
}

/**
 * What the share dialog shows: the secret-looking values, and the link (to `baseUrl`, the
 * app's address) with its length and warnings, or why no link can be made.
 */
export function planShareLink(state: ShareState, baseUrl: string, redact: boolean): ShareLinkPlan {
  const secrets = findSharedSecrets(state);
  const redacted = redact && secrets.length > 0;
  const shared = redacted ? redactShareState(state) : state;
  const built = buildShareLink(baseUrl, shared);
  return {
    secrets,
    shared,
    redacted,
    link: built.ok
      ? { ok: true, url: built.link, length: shareLinkLength(built.link) }
      : { ok: false, message: built.error.message },
  };
}

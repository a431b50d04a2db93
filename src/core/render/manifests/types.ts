import type { DagsterConfigError, JsonObject, JsonValue, ValueOrigin } from '../merge/types';

/** Which object of a location a manifest is. */
export type ManifestRole = 'run' | 'step' | 'deployment' | 'service';

/** A comment the annotated YAML puts on one value (placeholder or display-only line). */
export interface ManifestMark {
  /** JSON pointer into the manifest as printed (display lines included). */
  readonly pointer: string;
  readonly comment: string;
}

/**
 * One rendered Kubernetes object.
 * - `body` is exactly the request body the agent (or Dagster) sends: camelCase keys, scalars
 *   coerced by declared type, nulls dropped. Golden tests compare it as data.
 * - `display` are the lines the preview adds for readers (README §5.2): `metadata.namespace`,
 *   and `apiVersion`/`kind` on the Deployment. They are never part of `body`.
 * - `origins`: JSON pointer of each leaf of `body` → where the value came from.
 * - `marks`: comments for placeholders (`# placeholder: …`) and assumptions.
 */
export interface RenderedManifest {
  readonly role: ManifestRole;
  readonly body: JsonObject;
  readonly namespace: string | null;
  readonly display: {
    readonly apiVersion?: string;
    readonly kind?: string;
    readonly namespace?: string;
  };
  readonly origins: ReadonlyMap<string, ValueOrigin>;
  readonly marks: readonly ManifestMark[];
}

/** A renderer's result: the object, or the error Dagster would raise instead. */
export type RenderResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: DagsterConfigError };

export type { DagsterConfigError, JsonObject, JsonValue };

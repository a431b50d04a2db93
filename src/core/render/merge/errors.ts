import type {
  DagsterConfigError,
  DagsterErrorStage,
  DagsterErrorType,
  MergeResult,
  ValueOrigin,
} from './types';

/**
 * Internal carrier for a Dagster error raised deep inside a merge step. It never leaves the
 * merge engine: every public entry point runs its work through {@link runDagsterStage}, which
 * turns it into a {@link DagsterConfigError} value.
 */
export class DagsterErrorSignal extends Error {
  constructor(
    readonly errorType: DagsterErrorType,
    readonly dagsterMessage: string,
    readonly origin: ValueOrigin | undefined,
  ) {
    super(dagsterMessage);
    this.name = 'DagsterErrorSignal';
  }
}

/** Raises Dagster's error `errorType: message` (caught by {@link runDagsterStage}). */
export function raiseDagsterError(
  errorType: DagsterErrorType,
  message: string,
  origin?: ValueOrigin,
): never {
  throw new DagsterErrorSignal(errorType, message, origin);
}

/** `check.invariant` failing without a description, as in Dagster's DEEP merge (merge.md §4.2). */
export function raiseInvariantFailed(origin?: ValueOrigin): never {
  return raiseDagsterError('CheckError', 'Invariant failed.', origin);
}

/** Builds the error value of the public API. */
export function createDagsterConfigError(
  errorType: DagsterErrorType,
  message: string,
  stage: DagsterErrorStage,
  origin?: ValueOrigin,
): DagsterConfigError {
  return origin
    ? { kind: 'dagster-config-error', errorType, message, stage, origin }
    : { kind: 'dagster-config-error', errorType, message, stage };
}

/**
 * Runs one stage of the pipeline and converts a raised Dagster error into a result tagged with
 * the stage where the real system raises it. Other exceptions are bugs and propagate.
 */
export function runDagsterStage<T>(stage: DagsterErrorStage, work: () => T): MergeResult<T> {
  try {
    return { ok: true, value: work() };
  } catch (error) {
    if (error instanceof DagsterErrorSignal) {
      return {
        ok: false,
        error: createDagsterConfigError(error.errorType, error.dagsterMessage, stage, error.origin),
      };
    }
    throw error;
  }
}

/** Formats Dagster's `DagsterInvalidConfigError` text: preamble then one line per error. */
export function formatInvalidConfigError(preamble: string, errors: readonly string[]): string {
  return preamble + errors.map((message, i) => `\n    Error ${i + 1}: ${message}`).join('');
}

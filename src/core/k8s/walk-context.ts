/** Options, issues and reporting shared by the model walk and its scalar leaves. */
import type { K8sPythonErrorType } from './messages';
import type { K8sModelIssue } from './types';

export interface WalkOptions {
  /** Convert primitives and drop null fields (`k8s_model_from_dict` + serialization). */
  readonly coerce: boolean;
  /** Null where a model, list or map is declared is an error (the key pass is strict). */
  readonly strictNulls: boolean;
  /** Which models must carry their required fields. */
  readonly requireFields: 'none' | 'nested' | 'all';
  /** Add coercion warnings and misplaced-key hints. */
  readonly hints: boolean;
}

/** An issue plus the Python exception class behind it (for K8sModelError). */
export interface WalkIssue extends K8sModelIssue {
  readonly pythonType?: K8sPythonErrorType;
}

export interface WalkContext {
  readonly options: WalkOptions;
  readonly issues: WalkIssue[];
}

/** Records one issue; the walk goes on, so the checker sees every problem. */
export function report(ctx: WalkContext, issue: WalkIssue): void {
  ctx.issues.push(issue);
}

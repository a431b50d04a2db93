import type * as AnalyzeText from './analyze-text';

/**
 * The stores' checker: the analysis pipeline with zod, the schemas, the Kubernetes checks and
 * the lint rules, about a third of the app's first chunk. It is imported lazily so that the form
 * paints without it (docs/performance.md §3); until it has loaded, the stores publish parses
 * without diagnostics, and add the diagnostics once it has.
 */
export type Checker = typeof AnalyzeText;

let loaded: Checker | null = null;
let loading: Promise<Checker> | null = null;

/** Loads the checker once; later calls get the same promise. */
export function loadChecker(): Promise<Checker> {
  loading ??= import('./analyze-text').then((module) => (loaded = module));
  return loading;
}

/** The checker when it has loaded, else null (then analyse later: see loadChecker). */
export function getLoadedChecker(): Checker | null {
  return loaded;
}

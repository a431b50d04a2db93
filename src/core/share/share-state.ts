/** The run the user is previewing: what the run form holds, so a link reopens the same preview. */
export interface ShareRunContext {
  readonly jobName: string;
  readonly runId: string;
  /** YAML/JSON text of the run's `dagster-k8s/config` tag. */
  readonly tagText: string;
  /** Whether ops run in their own pods (`k8s_job_executor`). */
  readonly opIsolation: boolean;
  readonly executorConfigText: string;
  readonly opName: string;
  readonly opTagText: string;
  /**
   * The Dagster+ deployment the preview renders for (`deployment_name` label,
   * `DAGSTER_CLOUD_DEPLOYMENT_NAME`). Optional: links made before it was carried leave it out,
   * and opening them keeps the deployment name the app has.
   */
  readonly deploymentName?: string;
}

/** Everything a share link carries. Texts are kept byte for byte (comments, CRLF, no final newline). */
export interface ShareState {
  readonly configText: string;
  readonly helmValuesText?: string;
  readonly runContext?: ShareRunContext;
  readonly selectedLocation?: string;
  /** The preview tab (`run`, `step`, `deployment`, `service`, `all`); a name, checked by the app. */
  readonly tab?: string;
}

/** Limits that keep a hostile link from costing memory or time; exported for messages and tests. */
export const SHARE_LIMITS = {
  /** Characters after `#`. Far above any real config, far below what would hurt a browser tab. */
  maxFragmentLength: 1_048_576,
  /** UTF-8 bytes of the decompressed payload: 2 MiB. */
  maxDecodedBytes: 2 * 1024 * 1024,
  /** Length of `selectedLocation` and `tab`, which are names, not documents. */
  maxNameLength: 1_000,
} as const;

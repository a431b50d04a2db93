/** One entry of the "New from template" gallery: a valid, commented `dagster_cloud.yaml`. */
export interface ConfigTemplate {
  /** Stable kebab-case id, safe in URLs and test names. */
  readonly id: string;
  readonly title: string;
  /** One or two sentences: when to start from this template. */
  readonly description: string;
  readonly text: string;
}

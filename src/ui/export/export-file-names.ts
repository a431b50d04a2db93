/** File names of the downloads: what each file is called where it is used. */
export const EXPORT_FILE_NAMES = {
  config: 'dagster_cloud.yaml',
  helmValues: 'values.yaml',
  runTag: 'dagster-k8s-config.yaml',
  pythonSnippet: 'dagster_k8s_config_tag.py',
  manifests: 'manifests.yaml',
} as const;

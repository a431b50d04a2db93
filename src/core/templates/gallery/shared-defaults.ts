import type { ConfigTemplate } from '../config-template';

export const SHARED_DEFAULTS_TEMPLATE: ConfigTemplate = {
  id: 'shared-defaults',
  title: 'Defaults shared by several locations',
  description:
    'A defaults block that every location inherits, with one location adding its own variables.',
  text: `# dagster_cloud.yaml — settings shared by several locations.
# \`dagster-cloud ci template\` merges defaults into every location: maps key by key,
# env_vars by variable name, volumes and volume_mounts by name; a location's own value
# wins. Note: \`ci init\` and \`ci deploy\` read each location as written, without defaults.
defaults:
  container_context:
    k8s:
      namespace: dagster
      image_pull_policy: Always
      env_secrets:
        - dagster-shared-credentials
      labels:
        team: data-platform
locations:
  - location_name: ingestion
    code_source:
      package_name: ingestion
    image: ghcr.io/my-org/ingestion:latest
  - location_name: analytics
    code_source:
      package_name: analytics
    image: ghcr.io/my-org/analytics:latest
    container_context:
      k8s:
        # Added to the defaults above, not replacing them.
        env_vars:
          - DBT_TARGET=prod
`,
};

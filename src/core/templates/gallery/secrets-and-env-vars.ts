import type { ConfigTemplate } from '../config-template';

export const SECRETS_AND_ENV_VARS_TEMPLATE: ConfigTemplate = {
  id: 'secrets-and-env-vars',
  title: 'Secrets and environment variables',
  description:
    'Literal variables, variables copied from the agent, and whole Secrets and ConfigMaps as environment.',
  text: `# dagster_cloud.yaml — environment variables and secrets for one location.
# Everything under container_context.k8s applies to the code server AND to every run.
locations:
  - location_name: analytics
    code_source:
      package_name: analytics
    image: ghcr.io/my-org/analytics:latest
    container_context:
      k8s:
        env_vars:
          # KEY=VALUE sets a literal value (visible to anyone who can read this file).
          - DBT_TARGET=prod
          # A bare KEY copies the variable from the agent's own environment; the agent
          # fails the launch if it is not set there.
          - SNOWFLAKE_ACCOUNT
        # Every key of these Secrets becomes an environment variable (envFrom).
        # The Secrets must exist in the namespace the pods run in.
        env_secrets:
          - snowflake-credentials
        # The same for non-secret settings kept in ConfigMaps.
        env_config_maps:
          - analytics-settings
`,
};

/**
 * The config the app opens on first visit (and `npm run dev` shows): one realistic
 * Kubernetes location that exercises the keys users set most, with comments that the
 * editor must keep through form edits.
 */
export const EXAMPLE_CONFIG_TEXT = `# dagster_cloud.yaml — one code location served by a Dagster+ Kubernetes agent
locations:
  - location_name: analytics
    image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/analytics:latest
    code_source:
      package_name: analytics
    build:
      directory: ./analytics
      registry: 123456789012.dkr.ecr.us-east-1.amazonaws.com/analytics
    container_context:
      k8s:
        namespace: dagster
        service_account_name: analytics-runner
        image_pull_policy: IfNotPresent
        env_vars:
          - DBT_TARGET=prod
          - SNOWFLAKE_ACCOUNT # taken from the agent's own environment
        env_secrets:
          - snowflake-credentials
        labels:
          team: analytics
        volumes:
          - name: dbt-profiles
            config_map:
              name: dbt-profiles
        volume_mounts:
          - name: dbt-profiles
            mount_path: /opt/dbt
            read_only: true
        run_k8s_config:
          container_config:
            resources:
              requests:
                cpu: 500m
                memory: 1Gi
              limits:
                memory: 2Gi
          job_spec_config:
            ttl_seconds_after_finished: 3600
        server_k8s_config:
          container_config:
            resources:
              requests:
                cpu: 250m
                memory: 512Mi
`;

import type { ConfigTemplate } from '../config-template';

export const VOLUMES_TEMPLATE: ConfigTemplate = {
  id: 'volumes',
  title: 'Volumes from a ConfigMap and a Secret',
  description:
    'Mount configuration files from a ConfigMap and a key file from a Secret, read-only.',
  text: `# dagster_cloud.yaml — files from a ConfigMap and a Secret, mounted in the code server and runs.
locations:
  - location_name: analytics
    code_source:
      package_name: analytics
    image: ghcr.io/my-org/analytics:latest
    container_context:
      k8s:
        # Each volume names its source; each mount refers to a volume by name.
        volumes:
          - name: dbt-profiles
            config_map:
              name: dbt-profiles
          - name: gcp-key
            secret:
              secret_name: gcp-service-account
              # Only this key of the Secret, as the file key.json.
              items:
                - key: service-account.json
                  path: key.json
        volume_mounts:
          - name: dbt-profiles
            mount_path: /opt/dbt
            read_only: true
          - name: gcp-key
            mount_path: /var/secrets/gcp
            read_only: true
        env_vars:
          - DBT_PROFILES_DIR=/opt/dbt
          - GOOGLE_APPLICATION_CREDENTIALS=/var/secrets/gcp/key.json
`,
};

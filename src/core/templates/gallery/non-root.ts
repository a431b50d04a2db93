import type { ConfigTemplate } from '../config-template';

export const NON_ROOT_TEMPLATE: ConfigTemplate = {
  id: 'non-root',
  title: 'Non-root security context',
  description:
    'Code server and runs as user 1001 without privilege escalation, with volumes writable by that user.',
  text: `# dagster_cloud.yaml — run the code server and the runs as a non-root user.
# The image must have a user 1001 that can read your code.
locations:
  - location_name: analytics
    code_source:
      package_name: analytics
    image: ghcr.io/my-org/analytics:latest
    container_context:
      k8s:
        # security_context here is the CONTAINER's (code server and runs alike).
        security_context:
          run_as_non_root: true
          run_as_user: 1001
          allow_privilege_escalation: false
          capabilities:
            drop:
              - ALL
        # Pod-level settings, such as the group that owns mounted volumes, go in each
        # workload's pod_spec_config.
        server_k8s_config:
          pod_spec_config:
            security_context:
              fs_group: 1001
        run_k8s_config:
          pod_spec_config:
            security_context:
              fs_group: 1001
`,
};

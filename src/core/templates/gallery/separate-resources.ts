import type { ConfigTemplate } from '../config-template';

export const SEPARATE_RESOURCES_TEMPLATE: ConfigTemplate = {
  id: 'separate-resources',
  title: 'Separate resources for runs and code servers',
  description:
    'A small code server and large runs, instead of one top-level resources block that sizes both.',
  text: `# dagster_cloud.yaml — size the code server and the runs separately.
# A top-level container_context.k8s.resources would apply to BOTH the long-lived code
# server and every run; split it so the code server stays small.
locations:
  - location_name: analytics
    code_source:
      package_name: analytics
    image: ghcr.io/my-org/analytics:latest
    container_context:
      k8s:
        # The code server: one long-lived pod that only loads definitions.
        server_k8s_config:
          container_config:
            resources:
              requests:
                cpu: 250m
                memory: 512Mi
              limits:
                memory: 1Gi
        # Each run: one Kubernetes Job per run, sized for the work.
        run_k8s_config:
          container_config:
            resources:
              requests:
                cpu: "2"
                memory: 4Gi
              limits:
                memory: 8Gi
          job_spec_config:
            # Delete finished run Jobs (and their pods) after a day.
            ttl_seconds_after_finished: 86400
`,
};

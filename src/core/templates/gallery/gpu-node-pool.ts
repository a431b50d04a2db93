import type { ConfigTemplate } from '../config-template';

export const GPU_NODE_POOL_TEMPLATE: ConfigTemplate = {
  id: 'gpu-node-pool',
  title: 'GPU node pool for runs',
  description:
    'Runs land on tainted GPU nodes (node selector, toleration, GPU limit); the code server stays on ordinary nodes.',
  text: `# dagster_cloud.yaml — runs on a GPU node pool.
# Only runs get the GPU: the code server just loads definitions and stays on
# ordinary nodes, so these settings live under run_k8s_config.
locations:
  - location_name: training
    code_source:
      package_name: training
    image: ghcr.io/my-org/training:latest
    container_context:
      k8s:
        run_k8s_config:
          pod_spec_config:
            # Schedule only on nodes labelled as GPU nodes (label values are strings).
            node_selector:
              nvidia.com/gpu.present: "true"
            # GPU pools are usually tainted so that other pods stay off them.
            tolerations:
              - key: nvidia.com/gpu
                operator: Exists
                effect: NoSchedule
          container_config:
            resources:
              requests:
                cpu: "4"
                memory: 16Gi
              limits:
                memory: 16Gi
                nvidia.com/gpu: "1"
`,
};

import { strToU8 } from 'fflate';

/**
 * The preset DEFLATE dictionary of share-link format v1: text the compressor may refer back
 * to before the payload starts. Most configs are a few hundred bytes, too short for DEFLATE to
 * find its own repeats, so seeding it with the vocabulary of `dagster_cloud.yaml` and the agent's
 * Helm values roughly halves a typical link (see the size test against lz-string).
 *
 * FROZEN: every v1 link ever shared was compressed against these exact bytes. Changing one
 * character breaks all of them; a new dictionary needs a new format version (`v2.`), with this
 * one kept for decoding. The most common strings come last because nearer matches cost fewer bits.
 */
const SHARE_DICTIONARY_V1_TEXT = `# Agent Helm values
dagsterCloud:
  deployment: prod
  agentTokenSecretName: dagster-cloud-agent-token
  branchDeployments: true
dagsterCloudAgent:
  podSecurityContext:
    runAsUser: 1001
imagePullSecrets:
  - name: 
serviceAccount:
  create: true
  annotations:
    eks.amazonaws.com/role-arn: arn:aws:iam::
workspace:
  envVars:
  envSecrets:
  volumeMounts:
defaults:
  container_context:
    k8s:
        image_pull_policy: IfNotPresent
        image_pull_secrets:
          - name: 
        service_account_name: 
        security_context:
          run_as_user: 1001
        server_k8s_config:
          deployment_metadata:
          service_metadata:
          pod_template_spec_metadata:
            annotations:
          pod_spec_config:
            node_selector:
              disktype: ssd
            tolerations:
              - key: nvidia.com/gpu
                operator: Exists
                effect: NoSchedule
        run_k8s_config:
          job_metadata:
            labels:
          job_spec_config:
            ttl_seconds_after_finished: 3600
          container_config:
            resources:
              limits:
                cpu: 1000m
                memory: 2Gi
              requests:
                cpu: 500m
                memory: 1Gi
        labels:
        volumes:
          - name: 
            secret:
              secret_name: 
            config_map:
              name: 
        volume_mounts:
          - name: 
            mount_path: /opt/dagster/
            read_only: true
        env_config_maps:
          - 
        env_secrets:
          - 
        env_vars:
          - DAGSTER_
        namespace: dagster
# dagster_cloud.yaml
locations:
- location_name: 
  code_source:
    package_name: 
  build:
    directory: .
locations:
  - location_name: 
    code_source:
      module_name: 
      python_file: 
      package_name: 
    working_directory: ./
    executable_path: 
    attribute: 
    agent_queue: 
    build:
      directory: ./
      registry: 123456789012.dkr.ecr.us-east-1.amazonaws.com/
    image: 
    container_context:
      k8s:
        env_vars:
          - `;

/**
 * The dictionary as the compressor sees it. Payloads are JSON, where a newline is the two
 * characters `\n`, so the dictionary is JSON-escaped the same way and ends where a payload starts.
 */
export const SHARE_DICTIONARY_V1: Uint8Array = strToU8(
  `${JSON.stringify(SHARE_DICTIONARY_V1_TEXT).slice(1, -1)}{"c":"locations:\\n  - location_name: `,
);

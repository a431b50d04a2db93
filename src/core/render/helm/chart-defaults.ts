/**
 * The defaults of the `dagster-cloud-agent` chart 1.8.13 that the preview needs
 * (helm-values.md §2; `chart/values.yaml`). Keys with no effect on code servers or runs are
 * listed only where the chart schema requires them.
 */
import type { JsonObject } from '../merge/types';

export const CHART_NAME = 'dagster-cloud-agent';
export const CHART_VERSION = '1.8.13';

/** Fixed by the chart's instance ConfigMap (helm-values.md §3). */
export const CHART_DAGSTER_HOME = '/opt/dagster/dagster_home';

/** Returns a fresh copy of the chart defaults. */
export function chartDefaultValues(): JsonObject {
  return {
    imagePullSecrets: [],
    serviceAccount: { create: true, name: '', annotations: {} },
    dagsterCloud: {
      endpoint: null,
      agentTokenSecretName: 'dagster-cloud-agent-token',
      agentLabel: null,
      deployments: null,
      branchDeployments: false,
    },
    dagsterCloudAgent: {
      image: {
        repository: 'docker.io/dagster/dagster-cloud-agent',
        tag: null,
        pullPolicy: 'Always',
      },
      podSecurityContext: {},
      securityContext: {},
      replicas: 1,
    },
    workspace: {
      pullPolicy: 'Always',
      serviceAccountName: null,
      namespace: null,
      envSecrets: [],
      envConfigMaps: [],
      envVars: [],
      volumes: [],
      volumeMounts: [],
      labels: {},
      resources: {},
      securityContext: null,
      runK8sConfig: {
        containerConfig: {},
        podSpecConfig: {},
        podTemplateSpecMetadata: {},
        jobSpecConfig: {},
        jobMetadata: {},
      },
      serverK8sConfig: {
        containerConfig: {},
        podSpecConfig: {},
        podTemplateSpecMetadata: {},
        deploymentMetadata: {},
        serviceMetadata: {},
      },
      deploymentStartupTimeout: null,
      serverProcessStartupTimeout: null,
      imagePullGracePeriod: null,
    },
    computeLogs: { enabled: true },
    pythonLogs: {},
    isolatedAgents: { enabled: false },
  };
}

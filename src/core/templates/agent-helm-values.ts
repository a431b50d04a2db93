/**
 * Agent-level Helm values for the `dagster-cloud-agent` chart, as the Kubernetes agent
 * reference configures them: what every code server and run inherits (`workspace`,
 * `imagePullSecrets`, the shared service account and its IRSA role) and the agent's own
 * non-root user. Keys checked against the chart's values (helm-values spec §2).
 */
export const AGENT_HELM_VALUES_SNIPPET = `# values.yaml for the dagster-cloud-agent Helm chart.
dagsterCloud:
  deployments:
    - prod
  # The agent token is read from this Secret, created beforehand in the release namespace.
  agentTokenSecretName: dagster-cloud-agent-token

# Pull secrets for the agent's pod, also given to every code server and run.
imagePullSecrets:
  - name: registry-credentials

# The agent's service account. Code servers and runs use it too unless a location sets
# service_account_name; the annotation binds it to an AWS IAM role (IRSA).
serviceAccount:
  create: true
  annotations:
    eks.amazonaws.com/role-arn: arn:aws:iam::123456789012:role/dagster-agent

# Defaults for every code server and run the agent launches; each location's
# container_context.k8s is merged on top.
workspace:
  pullPolicy: Always
  envSecrets:
    - name: dagster-shared-credentials
  envVars:
    - DAGSTER_DEPLOYMENT=prod
  labels:
    managed-by: dagster-agent

# The agent image has a non-root user 1001; this runs the agent's own pod as that user
# (it does not change the code servers or runs).
dagsterCloudAgent:
  podSecurityContext:
    runAsUser: 1001
`;

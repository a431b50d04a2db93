import { describe, expect, it } from 'vitest';
import { validateAgentHelmValues, validateDagsterCloudConfig } from '../schema';
import { parseYamlText } from '../yaml';
import { AGENT_HELM_VALUES_SNIPPET } from './agent-helm-values';
import { CONFIG_TEMPLATES, findConfigTemplate } from './config-templates';

describe('CONFIG_TEMPLATES', () => {
  it('offers the gallery in order, with unique ids', () => {
    expect(CONFIG_TEMPLATES.map((template) => template.id)).toEqual([
      'minimal',
      'secrets-and-env-vars',
      'aws-irsa',
      'non-root',
      'gpu-node-pool',
      'separate-resources',
      'volumes',
      'shared-defaults',
    ]);
  });

  it.each(CONFIG_TEMPLATES.map((template) => [template.id, template] as const))(
    '%s is commented YAML without problems, ending with one newline',
    (_id, template) => {
      const parsed = parseYamlText(template.text);
      expect(parsed.problems).toEqual([]);
      expect(validateDagsterCloudConfig(parsed.value)).toEqual([]);
      expect(template.text).toMatch(/^# dagster_cloud\.yaml — /);
      expect(template.text.endsWith('\n') && !template.text.endsWith('\n\n')).toBe(true);
      expect(template.title).not.toBe('');
      expect(template.description).toMatch(/\.$/);
    },
  );

  it('finds a template by id', () => {
    expect(findConfigTemplate('gpu-node-pool')?.title).toBe('GPU node pool for runs');
    expect(findConfigTemplate('nope')).toBeUndefined();
  });
});

describe('AGENT_HELM_VALUES_SNIPPET', () => {
  it('sets what the agent reference configures at the agent level', () => {
    const parsed = parseYamlText(AGENT_HELM_VALUES_SNIPPET);
    expect(parsed.problems).toEqual([]);
    expect(validateAgentHelmValues(parsed.value)).toEqual([]);
    expect(parsed.value).toEqual({
      dagsterCloud: { deployments: ['prod'], agentTokenSecretName: 'dagster-cloud-agent-token' },
      imagePullSecrets: [{ name: 'registry-credentials' }],
      serviceAccount: {
        create: true,
        annotations: {
          'eks.amazonaws.com/role-arn': 'arn:aws:iam::123456789012:role/dagster-agent',
        },
      },
      workspace: {
        pullPolicy: 'Always',
        envSecrets: [{ name: 'dagster-shared-credentials' }],
        envVars: ['DAGSTER_DEPLOYMENT=prod'],
        labels: { 'managed-by': 'dagster-agent' },
      },
      dagsterCloudAgent: { podSecurityContext: { runAsUser: 1001 } },
    });
  });
});

import { describe, expect, it } from 'vitest';
import { findSecretLikeValues } from './find-secret-like-values';
import { redactSecrets } from './redact-secrets';
import { isSecretLikeKeyName } from './secret-key-names';

describe('isSecretLikeKeyName', () => {
  it.each([
    'password',
    'db_password',
    'agentTokenValue',
    'agentToken',
    'DAGSTER_CLOUD_API_TOKEN',
    'AWS_SECRET_ACCESS_KEY',
    'api_key',
    'apiKey',
    'APIKey',
    'private-key',
    'client_secret',
    'credentials',
    'passphrase',
  ])('treats %s as secret', (key) => {
    expect(isSecretLikeKeyName(key)).toBe(true);
  });

  it.each([
    'secret_name',
    'secretName',
    'agentTokenSecretName',
    'env_secrets',
    'envSecrets',
    'imagePullSecrets',
    'key',
    'topologyKey',
    'label_key',
    'token_path',
    'existingSecret',
    'namespace',
    'eks.amazonaws.com/role-arn',
  ])('does not treat %s as secret', (key) => {
    expect(isSecretLikeKeyName(key)).toBe(false);
  });
});

const CONFIG = `# dagster_cloud.yaml
locations:
  - location_name: analytics # keep me
    container_context:
      k8s:
        env_vars:
          - DBT_TARGET=prod # inline comment stays
          - SNOWFLAKE_ACCOUNT
          - "QUOTED=a b"
          - 'SINGLE=it''s'
          - EMPTY=
          - FROM_ENV=\${OTHER}
          - URL=postgres://u:p@h/db?x=1
        env_secrets:
          - snowflake-credentials
        volumes:
          - name: key
            secret:
              secret_name: gcp-key
              items:
                - key: key.json
                  path: key.json
        run_k8s_config:
          container_config:
            env:
              - name: API_TOKEN
                value: "abc123"
              - name: FROM_SECRET
                valueFrom:
                  secretKeyRef: {name: s, key: token}
    build:
      registry: example/analytics
`;

/** Each value redaction in CONFIG as [before, after]; every other byte stays. */
const CONFIG_REDACTIONS: readonly (readonly [string, string])[] = [
  ['- DBT_TARGET=prod #', '- DBT_TARGET=<redacted> #'],
  ['- "QUOTED=a b"', '- "QUOTED=<redacted>"'],
  ["- 'SINGLE=it''s'", "- 'SINGLE=<redacted>'"],
  ['- URL=postgres://u:p@h/db?x=1', '- URL=<redacted>'],
  ['value: "abc123"', 'value: "<redacted>"'],
];

/** `text` with each `[before, after]` applied; `before` must occur exactly once. */
function changeText(text: string, changes: readonly (readonly [string, string])[]): string {
  return changes.reduce((current, [before, after]) => {
    expect(current.split(before)).toHaveLength(2);
    return current.replace(before, () => after);
  }, text);
}

const CONFIG_REDACTED = changeText(CONFIG, CONFIG_REDACTIONS);

describe('redactSecrets', () => {
  it('hides env var values and nothing else in a config', () => {
    expect(redactSecrets(CONFIG)).toBe(CONFIG_REDACTED);
    expect(CONFIG_REDACTED).not.toBe(CONFIG);
  });

  it('keeps CRLF line endings and a missing final newline', () => {
    const crlf = 'env_vars:\r\n  - A=1\r\n  - B=2';
    expect(redactSecrets(crlf)).toBe('env_vars:\r\n  - A=<redacted>\r\n  - B=<redacted>');
  });

  it('hides Helm secrets and envVars values, but not Secret names', () => {
    const helm = `dagsterCloud:
  agentToken: "agent:prod:abcdef" # pasted by mistake
  agentTokenValue: abcdef
  agentTokenSecretName: dagster-cloud-agent-token
workspace:
  envVars: [A=1, B, 'C=3']
  envSecrets:
    - name: shared
dagsterCloudAgent:
  env:
    - name: HTTP_PROXY
      value: http://proxy:3128
postgresql:
  password: 12345
  enabled: true
  credentials:
    user: admin
    token: |
      line one
      line two
    ssl: false
  existingSecret: pg-secret
`;
    expect(redactSecrets(helm)).toBe(
      changeText(helm, [
        ['"agent:prod:abcdef" #', '"<redacted>" #'],
        ['agentTokenValue: abcdef', 'agentTokenValue: <redacted>'],
        ["[A=1, B, 'C=3']", "[A=<redacted>, B, 'C=<redacted>']"],
        ['value: http://proxy:3128', 'value: <redacted>'],
        ['password: 12345', 'password: <redacted>'],
        ['token: |\n      line one\n      line two\n', 'token: "<redacted>"\n'],
      ]),
    );
  });

  it('hides scalars and scalar lists under a secret-like key, and walks maps there', () => {
    const text = `tokens:
  password: [a, b]
  secret:
    secretName: s
`;
    expect(redactSecrets(text)).toBe(`tokens:
  password: [<redacted>, <redacted>]
  secret:
    secretName: s
`);
  });

  it('hides every duplicate and the anchor a secret alias points to', () => {
    const text = `base: &pw hunter2
db:
  password: plain
  password: again
  api_key: *pw
`;
    expect(redactSecrets(text)).toBe(`base: &pw <redacted>
db:
  password: <redacted>
  password: <redacted>
  api_key: *pw
`);
  });

  it('leaves text without secrets, broken YAML and empty text unchanged', () => {
    for (const text of ['', 'locations: []\n', 'a: [b\n', '- FOO\n']) {
      expect(redactSecrets(text)).toBe(text);
    }
  });

  it('is idempotent', () => {
    expect(redactSecrets(CONFIG_REDACTED)).toBe(CONFIG_REDACTED);
  });
});

describe('findSecretLikeValues', () => {
  it('lists what would be hidden, with paths and ranges', () => {
    const text = 'env_vars:\n  - A=1\nagent:\n  token: "t"\n';
    expect(findSecretLikeValues(text)).toEqual([
      {
        path: ['env_vars', 0],
        kind: 'env-var',
        name: 'A',
        range: {
          start: { line: 2, column: 5, offset: 14 },
          end: { line: 2, column: 8, offset: 17 },
        },
        redactedValue: 'A=<redacted>',
      },
      {
        path: ['agent', 'token'],
        kind: 'secret-key',
        name: 'token',
        range: {
          start: { line: 4, column: 10, offset: 34 },
          end: { line: 4, column: 13, offset: 37 },
        },
        redactedValue: '<redacted>',
      },
    ]);
  });
});

/**
 * Which key names hold secrets. Names are split into lower-case words (`agentTokenValue` ->
 * agent, token, value; `AWS_SECRET_ACCESS_KEY` -> aws, secret, access, key) so snake_case,
 * camelCase, kebab-case and SCREAMING_CASE are judged alike.
 */
function splitKeyWords(key: string): string[] {
  return key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '');
}

const SECRET_WORDS = new Set([
  'password',
  'passwd',
  'pwd',
  'passphrase',
  'token',
  'secret',
  'credential',
  'credentials',
  'creds',
  'apikey',
  'privatekey',
]);

/**
 * A last word that makes the value a reference to a secret rather than the secret itself:
 * `secret_name`, `agentTokenSecretName`, `env_secrets` (a list of Secret names), `token_path`.
 */
const REFERENCE_WORDS = new Set([
  'name',
  'names',
  'ref',
  'refs',
  'path',
  'paths',
  'file',
  'files',
  'dir',
  'arn',
  'secrets',
  'type',
  'kind',
  'enabled',
  'ttl',
  'timeout',
  'seconds',
]);

/**
 * `<word>_key` is a secret only after these words: `api_key`, `private_key`, `access_key`, but
 * not `key` alone (tolerations, ConfigMap items) nor `topologyKey` or `label_key`.
 */
const SECRET_KEY_PREFIXES = new Set([
  'api',
  'access',
  'secret',
  'private',
  'signing',
  'encryption',
  'ssh',
  'master',
  'client',
  'account',
  'license',
  'auth',
]);

/** True when a map key looks like it holds a password, token, secret, key or credential. */
export function isSecretLikeKeyName(key: string): boolean {
  const words = splitKeyWords(key);
  const last = words[words.length - 1];
  if (last === undefined || REFERENCE_WORDS.has(last)) return false;
  // `existingSecret` and the like name a Secret object that holds the value elsewhere.
  if (words[0] === 'existing') return false;
  if (words.some((word) => SECRET_WORDS.has(word))) return true;
  const beforeLast = words[words.length - 2];
  return last === 'key' && beforeLast !== undefined && SECRET_KEY_PREFIXES.has(beforeLast);
}

/** Lists of `KEY=VALUE` strings: `env_vars` in `dagster_cloud.yaml`, `envVars` in Helm values. */
export function isEnvVarListKey(key: string): boolean {
  return key === 'env_vars' || key === 'envVars';
}

/** A value that only points at another variable or a template, which is safe to share. */
export function isReferenceValue(value: string): boolean {
  return /^\$\{?[A-Za-z_][A-Za-z0-9_]*\}?$/.test(value) || /^\{\{[\s\S]*\}\}$/.test(value);
}

import { describe, expect, it } from 'vitest';
import {
  validateDns1035Label,
  validateDns1123Label,
  validateDns1123Subdomain,
  validateDns1123SubdomainPrefix,
  validateLabelValue,
  validatePortName,
  validatePortNumber,
  validateQualifiedName,
} from './k8s-names';

const LABEL_MSG =
  "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";
const SUBDOMAIN_MSG =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
const DNS1035_MSG =
  "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')";
const NAME_PART_MSG =
  "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')";
const LABEL_VALUE_MSG =
  "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')";

describe('DNS names', () => {
  it('accepts valid names', () => {
    expect(validateDns1123Label('dagster-0')).toEqual([]);
    expect(validateDns1123Subdomain('dagster-run-1.example')).toEqual([]);
    expect(validateDns1035Label('etl-prod-xxxxxx')).toEqual([]);
  });

  it('gives the API server messages for DNS-1123 labels', () => {
    expect(validateDns1123Label('Sidecar')).toEqual([LABEL_MSG]);
    expect(validateDns1123Label('a.b')).toEqual(['must not contain dots']);
    expect(validateDns1123Label('a'.repeat(64))).toEqual(['must be no more than 63 characters']);
    expect(validateDns1123Label('')).toEqual([LABEL_MSG]);
  });

  it('gives the API server messages for subdomains and DNS-1035 labels', () => {
    expect(validateDns1123Subdomain('My_Secret')).toEqual([SUBDOMAIN_MSG]);
    expect(validateDns1123Subdomain('a'.repeat(254))).toEqual([
      'must be no more than 253 characters',
    ]);
    expect(validateDns1035Label('1etl')).toEqual([DNS1035_MSG]);
    expect(validateDns1035Label(`a${'b'.repeat(63)}`)).toEqual([
      'must be no more than 63 characters',
    ]);
  });

  it('allows a trailing dash in envFrom name prefixes only', () => {
    expect(validateDns1123SubdomainPrefix('secrets-')).toEqual([]);
    expect(validateDns1123Subdomain('secrets-')).toEqual([SUBDOMAIN_MSG]);
  });
});

describe('qualified names and label values', () => {
  it('accepts prefixed keys and empty values', () => {
    expect(validateQualifiedName('app.kubernetes.io/name')).toEqual([]);
    expect(validateLabelValue('')).toEqual([]);
    expect(validateLabelValue('1.13.5')).toEqual([]);
  });

  it('reports each broken part of a key', () => {
    expect(validateQualifiedName('bad key!')).toEqual([NAME_PART_MSG]);
    expect(validateQualifiedName('/name')).toEqual(['prefix part must be non-empty']);
    expect(validateQualifiedName('Example.com/')).toEqual([
      `prefix part ${SUBDOMAIN_MSG}`,
      'name part must be non-empty',
      NAME_PART_MSG,
    ]);
    expect(validateQualifiedName(`x/${'n'.repeat(64)}`)).toEqual([
      'name part must be no more than 63 characters',
    ]);
    expect(validateQualifiedName('a/b/c')).toEqual([
      "a qualified name must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]') with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')",
    ]);
  });

  it('counts bytes, not characters, like Go', () => {
    expect(validateLabelValue('é'.repeat(32))).toEqual([
      'must be no more than 63 characters',
      LABEL_VALUE_MSG,
    ]);
    expect(validateLabelValue('data science')).toEqual([LABEL_VALUE_MSG]);
  });
});

describe('ports', () => {
  it('checks IANA service names for container ports', () => {
    expect(validatePortName('grpc')).toEqual([]);
    expect(validatePortName('HTTP_port')).toEqual([
      'must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)',
    ]);
    expect(validatePortName('-1--2-metrics-xyz')).toEqual([
      'must be no more than 15 characters',
      'must not contain consecutive hyphens',
      'must not begin or end with a hyphen',
    ]);
    expect(validatePortName('8080')).toEqual(['must contain at least one letter (a-z)']);
  });

  it('checks port numbers', () => {
    expect(validatePortNumber(4000)).toEqual([]);
    expect(validatePortNumber(0)).toEqual(['must be between 1 and 65535, inclusive']);
    expect(validatePortNumber(70000)).toEqual(['must be between 1 and 65535, inclusive']);
  });
});

import { describe, expect, it } from 'vitest';
import { detectVolumeShape, findVolumeSourceSpec } from './volume-source';

describe('detectVolumeShape', () => {
  it('recognises known sources in either spelling', () => {
    expect(detectVolumeShape({ name: 'a', config_map: { name: 'x' } })).toEqual({
      kind: 'config_map',
      sourceKey: 'config_map',
    });
    expect(detectVolumeShape({ name: 'a', persistentVolumeClaim: { claimName: 'c' } })).toEqual({
      kind: 'persistent_volume_claim',
      sourceKey: 'persistentVolumeClaim',
    });
    expect(detectVolumeShape({ name: 'a', emptyDir: {} })).toEqual({
      kind: 'empty_dir',
      sourceKey: 'emptyDir',
    });
  });

  it('leaves unknown, malformed or ambiguous items to the raw YAML editor', () => {
    expect(detectVolumeShape({ name: 'a', nfs: { server: 's', path: '/' } })).toEqual({
      kind: undefined,
      sourceKey: 'nfs',
    });
    expect(detectVolumeShape({ name: 'a', config_map: 'x' })).toEqual({
      kind: undefined,
      sourceKey: 'config_map',
    });
    expect(detectVolumeShape({ name: 'a', secret: {}, emptyDir: {} })).toEqual({
      kind: undefined,
      sourceKey: undefined,
    });
    expect(detectVolumeShape('x')).toEqual({ kind: undefined, sourceKey: undefined });
  });
});

describe('volume source templates', () => {
  it('start a switched source from the volume name, in the file style', () => {
    expect(findVolumeSourceSpec('secret').template('creds', 'snake')).toEqual({
      secret_name: 'creds',
    });
    expect(findVolumeSourceSpec('secret').template('creds', 'camel')).toEqual({
      secretName: 'creds',
    });
    expect(findVolumeSourceSpec('persistent_volume_claim').template('data', 'camel')).toEqual({
      claimName: 'data',
    });
    expect(findVolumeSourceSpec('empty_dir').template('tmp', 'snake')).toEqual({});
  });
});

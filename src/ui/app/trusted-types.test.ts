import { describe, expect, it } from 'vitest';
import { isBuiltScriptUrl } from './trusted-types';

const PAGE = 'https://studio.example.com/tools/k8s/index.html';

describe('isBuiltScriptUrl', () => {
  it("admits the build's own worker scripts, relative or absolute, on the page's origin", () => {
    expect(isBuiltScriptUrl('./assets/yaml.worker-axVE4Ypy.js', PAGE)).toBe(true);
    expect(isBuiltScriptUrl('assets/editor.worker-C9b3TcQk.js', PAGE)).toBe(true);
    expect(isBuiltScriptUrl('https://studio.example.com/tools/k8s/assets/editor-C9.js', PAGE)).toBe(
      true,
    );
  });

  it('refuses other origins, other folders, non-scripts, data:, blob: and javascript: URLs', () => {
    for (const url of [
      'https://cdn.example.net/assets/yaml-worker.js',
      './src/ui/editor/yaml.worker.ts',
      './assets/codicon-B_Z2XQ3P.ttf',
      'data:text/javascript,alert(1)',
      'blob:https://studio.example.com/1234',
      'javascript:alert(1)',
      '//evil.example/assets/a.js',
    ]) {
      expect(isBuiltScriptUrl(url, PAGE), url).toBe(false);
    }
  });
});

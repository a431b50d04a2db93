/**
 * Code the browser bench installs in the page before the app starts (page.addInitScript). It
 * timestamps, with the page's own clock (0 = navigation start):
 * - `marks.form`: the first frame after the form pane shows a control;
 * - `marks.editor`: the first frame after Monaco shows text lines (the editor is usable);
 * - `lastKey`: the latest keydown, so a latency runs from the key to the frame that shows it.
 * `arm(selector, text)` starts watching, every frame, for `text` to appear in `selector`'s
 * text (or an input's value there); `result()` then resolves to ms from `lastKey` to it.
 */
export function installPageHarness() {
  const bench = { marks: {}, lastKey: 0, watch: null };
  window.__bench = bench;
  const afterFrame = (name) =>
    requestAnimationFrame(() => {
      bench.marks[name] ??= performance.now();
    });
  const observer = new MutationObserver(() => {
    if (!bench.marks.formSeen && document.querySelector('#pane-form input, #pane-form select')) {
      bench.marks.formSeen = true;
      afterFrame('form');
    }
    if (!bench.marks.editorSeen && document.querySelector('#pane-yaml .view-lines .view-line')) {
      bench.marks.editorSeen = true;
      afterFrame('editor');
    }
  });
  observer.observe(document, { subtree: true, childList: true });
  document.addEventListener('keydown', () => (bench.lastKey = performance.now()), true);

  function textOf(root) {
    let text = root.textContent ?? '';
    for (const field of root.querySelectorAll('input, textarea')) text += `\n${field.value}`;
    return text.replace(/\u00a0/g, ' ');
  }

  bench.arm = (selector, expected) => {
    let resolve;
    const done = new Promise((settle) => (resolve = settle));
    const check = () => {
      const root = document.querySelector(selector);
      if (root && textOf(root).includes(expected)) resolve(performance.now());
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
    bench.watch = done;
  };
  bench.result = async () => (await bench.watch) - bench.lastKey;
}

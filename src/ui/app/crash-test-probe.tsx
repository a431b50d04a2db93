import { useEffect, useState } from 'react';

/** The sessionStorage key that turns the crash test on (set by e2e/error-boundary.spec.ts). */
export const CRASH_TEST_KEY = 'k8s-config-studio:crash-test';
/** The window event that makes the probe with the id in `detail` throw. */
export const CRASH_TEST_EVENT = 'k8s-config-studio:crash-test';

function isCrashTestOn(): boolean {
  try {
    return window.sessionStorage.getItem(CRASH_TEST_KEY) === 'on';
  } catch {
    return false; // storage disabled: no tests here
  }
}

/**
 * Throws while rendering when asked to, so a browser test can prove the error boundary around
 * it keeps the user's text. It listens only when this tab's sessionStorage holds the crash-test
 * key: only the page's own scripts (or the person at the keyboard) can set it, and all it can do
 * is show the recovery screen. Otherwise it renders nothing and does nothing.
 */
export function CrashTestProbe({ id }: { id: string }) {
  const [crash, setCrash] = useState(false);
  useEffect(() => {
    if (!isCrashTestOn()) return;
    const onCrash = (event: Event) => {
      if ((event as CustomEvent<unknown>).detail === id) setCrash(true);
    };
    window.addEventListener(CRASH_TEST_EVENT, onCrash);
    return () => window.removeEventListener(CRASH_TEST_EVENT, onCrash);
  }, [id]);
  if (crash) throw new Error(`Crash test: "${id}" threw on purpose.`);
  return null;
}

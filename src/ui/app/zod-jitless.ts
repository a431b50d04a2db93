import { z } from 'zod';

// The built app's Content-Security-Policy has no 'unsafe-eval' (docs/security.md). zod probes
// for `new Function` when it builds its first object schema; the probe is caught, but the browser still
// reports a CSP violation. Under the policy zod could never compile its fast path anyway, so
// saying so up front changes nothing but the noise. zod reads the setting when a schema is
// constructed, so main.tsx imports this module first, before any module that defines one.
z.config({ jitless: true });

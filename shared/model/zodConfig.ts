import { z } from 'zod';

// zod 4 probes `new Function` for its JIT; under the app's strict CSP that logs an error.
z.config({ jitless: true });

export { z };

import type { AppServices } from '../context.js';
import { ErrorBody, Health } from '../http/schemas.js';
import type { App } from '../http/types.js';

import { lanternVersion as version } from '../version.js';

export function systemRoutes(app: App, services: AppServices) {
  app.get('/api/health', {
    config: { access: 'public' },
    schema: {
      tags: ['system'],
      summary: 'Liveness and database check',
      description:
        '503 database_unavailable (with Retry-After) while the database does not answer; the same process answers 200 again once it does.',
      response: { 200: Health, 503: ErrorBody },
    },
    handler: async () => {
      await services.db.query('SELECT 1');
      return {
        status: 'ok' as const,
        engine: services.db.engine,
        version,
        demoMode: services.config.demoMode,
      };
    },
  });

  app.get('/api/openapi.json', {
    config: { access: 'public' },
    schema: { hide: true },
    handler: () => app.swagger(),
  });
}

export { version as lanternVersion };

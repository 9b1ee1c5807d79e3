import type { AppServices } from '../context.js';
import { Health } from '../http/schemas.js';
import type { App } from '../http/types.js';

import { lanternVersion as version } from '../version.js';

export function systemRoutes(app: App, services: AppServices) {
  app.get('/api/health', {
    config: { access: 'public' },
    schema: { tags: ['system'], summary: 'Liveness and database check', response: { 200: Health } },
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

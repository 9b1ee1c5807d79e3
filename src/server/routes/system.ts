import { z } from 'zod';
import type { AppServices } from '../context.js';
import { ErrorBody, Health } from '../http/schemas.js';
import type { App } from '../http/types.js';

import { lanternVersion as version } from '../version.js';

const MapStyle = z.object({
  styleUrl: z.url().nullable().describe('A MapLibre style JSON; null: the offline plot only'),
});

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

  // Read by the directory and the public Find help page (signed out), so it holds nothing else.
  app.get('/api/map-style', {
    config: { access: 'public' },
    schema: {
      tags: ['system'],
      summary: 'The map style the screens use (LANTERN_MAP_STYLE_URL)',
      querystring: z.strictObject({}),
      response: { 200: MapStyle },
    },
    handler: () => ({ styleUrl: services.config.mapStyleUrl }),
  });

  app.get('/api/openapi.json', {
    config: { access: 'public' },
    schema: { hide: true },
    handler: () => app.swagger(),
  });
}

export { version as lanternVersion };

// The case timeline: one read of what happened on a case, each entry where the caller may see it.
import type { AppServices } from '../context.js';
import { ErrorBody, IdParams } from '../http/schemas.js';
import { TimelineView } from '../http/timeline-schemas.js';
import type { App } from '../http/types.js';
import { readTimeline } from '../services/protocol/timeline.js';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody };

export function timelineRoutes(app: App, services: AppServices) {
  app.get('/api/youth/:id/timeline', {
    schema: {
      tags: ['events'],
      summary:
        'What happened on the case, newest first, each entry only where the caller may see it',
      description:
        'Events in full where their data category may be read from the recording organization; protocol tasks with their clocks (met, missed, overdue, open, cancelled) to the assignee organization, the county coordinator and readers of the triggering event; referrals by metadata to their parties and readers of the sender’s referrals; consents by metadata to their recorder and recipients; notes by category, author organization and time, never their text; a privileged note only as "a privileged note by <organization>" to whom it may be disclosed. `withheld` names the categories and holders of events and notes the caller may not read, as the record does, never what, when or how many.',
      params: IdParams,
      response: { 200: TimelineView, ...errors },
    },
    handler: (request) => readTimeline(services, request.context, request.params.id),
  });
}

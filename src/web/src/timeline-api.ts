// The case timeline's API call and its shapes, derived from the server's schema so they cannot
// drift (src/server/http/timeline-schemas.ts).
import type { z } from 'zod';
import type { TimelineView } from '../../server/http/timeline-schemas.js';
import { request } from './api';

export type Timeline = z.output<typeof TimelineView>;
export type TimelineEntry = Timeline['entries'][number];
export type TimelineTask = Extract<TimelineEntry, { entry: 'task' }>;

export async function getTimeline(youthId: string): Promise<Timeline> {
  return (await request('GET', `/api/youth/${encodeURIComponent(youthId)}/timeline`)) as Timeline;
}

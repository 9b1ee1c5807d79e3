// The shapes of the protocol engine's answers the work screens read (events, what the protocol
// did, tasks), derived from the server's schemas so a changed field cannot drift.
import type { z } from 'zod';
import type { EventType } from '../../domain/case-events.js';
import type {
  EventView,
  RecordedEvent as RecordedEventSchema,
  TaskView,
} from '../../server/http/protocol-schemas.js';
import type { Wire } from './wire';

export type CaseEvent = Wire<z.output<typeof EventView>>;
export type RecordedEvent = Wire<z.output<typeof RecordedEventSchema>>;
export type ProtectiveResponse = NonNullable<RecordedEvent['protectiveResponse']>;
export type Task = Wire<z.output<typeof TaskView>>;
export type TaskCall = NonNullable<Task['call']>;

export type TaskScope = 'mine' | 'organization' | 'county';
export type TaskStatusFilter = 'open' | 'done' | 'cancelled' | 'all';

/** An event as the recording form sends it: details only of its type, few of them required. */
export interface NewEvent {
  type: EventType;
  /** ISO instant; never later than now. */
  occurredAt: string;
  details: Record<string, string | boolean>;
}

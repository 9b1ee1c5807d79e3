// The protocol engine's calls the work screens make: record an event, list a case's events, and
// My work's tasks with their transitions (docs/PROTOCOL.md).
import { path, query, request } from './api';
import type {
  CaseEvent,
  NewEvent,
  RecordedEvent,
  Task,
  TaskScope,
  TaskStatusFilter,
} from './work-types';

export async function recordEvent(youthId: string, event: NewEvent): Promise<RecordedEvent> {
  const url = `${path('/api/youth', youthId)}/events`;
  return (await request('POST', url, { body: event })) as RecordedEvent;
}

export async function listEvents(youthId: string): Promise<CaseEvent[]> {
  return (await request('GET', `${path('/api/youth', youthId)}/events`)) as CaseEvent[];
}

export async function listTasks(filter: {
  scope: TaskScope;
  status?: TaskStatusFilter;
  youthId?: string;
}): Promise<Task[]> {
  return (await request('GET', `/api/tasks${query(filter)}`)) as Task[];
}

export async function takeTask(id: string): Promise<Task> {
  return (await request('POST', `${path('/api/tasks', id)}/take`)) as Task;
}

export async function completeTask(id: string): Promise<Task> {
  return (await request('POST', `${path('/api/tasks', id)}/complete`)) as Task;
}

export async function cancelTask(id: string, reason: string): Promise<Task> {
  const url = `${path('/api/tasks', id)}/cancel`;
  return (await request('POST', url, { body: { reason } })) as Task;
}

// A `missing` event opens an episode and `returned` closes it, in the event's own transaction,
// so the count of episodes per county never disagrees with the events (docs/MISSING-AND-CUSTODY.md).
import type { Queryable } from '../../../db/database.js';
import { closeEpisode, openEpisode } from '../../../db/repositories/missing-youth.js';
import type { EventDetails, EventType } from '../../../domain/case-events.js';
import type { RiskLevel } from '../../../domain/missing-youth.js';

export async function recordEpisode(
  tx: Queryable,
  event: {
    readonly id: string;
    readonly type: EventType;
    readonly jurisdictionId: string;
    readonly youthId: string;
    readonly occurredAt: Date;
    readonly details: EventDetails;
  },
): Promise<void> {
  if (event.type === 'missing') {
    const details = event.details as { lastSeen?: string; where?: string; riskLevel?: RiskLevel };
    await openEpisode(tx, {
      jurisdictionId: event.jurisdictionId,
      youthId: event.youthId,
      startedAt: event.occurredAt,
      lastKnownPlace: details.lastSeen ?? details.where ?? null,
      riskLevel: details.riskLevel ?? null,
      eventId: event.id,
    });
  } else if (event.type === 'returned') {
    await closeEpisode(tx, {
      youthId: event.youthId,
      endedAt: event.occurredAt,
      eventId: event.id,
    });
  }
}

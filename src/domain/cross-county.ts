// What crosses to another county when a case's subpoena or hearing names a hearing there, or the
// case transfers there (docs/PROTOCOL.md, Across counties): the minimal packet, built from a closed
// list of fields, so nothing else of the case can reach the other county by a notice. The other
// county reads the case itself only where the access module allows, which today is never.
import type { EventDetails, EventType } from './case-events.js';

/** The only fields a notice to another county carries. Never a name, a note or a detail. */
export interface CrossCountyPacket {
  /** A number that is not a name, so the other county can quote it when it calls. */
  readonly caseNumber: string;
  /** What is needed of them: the rule's message, written by the county, not from the case. */
  readonly what: string;
  /** The hearing's day for a subpoena or a hearing; the day of the transfer (YYYY-MM-DD). */
  readonly when: string;
  readonly fromCounty: string;
  /** Whom to call: the sending county's coordinator line, when there is one. */
  readonly call: string | null;
}

export const CROSS_COUNTY_PACKET_FIELDS = ['caseNumber', 'what', 'when', 'fromCounty', 'call'];

export function crossCountyPacket(input: {
  readonly type: EventType;
  readonly details: EventDetails;
  /** The event's day in the sending county (YYYY-MM-DD). */
  readonly occurredOn: string;
  readonly caseNumber: string;
  readonly message: string;
  readonly fromCounty: string;
  readonly call: string | null;
}): CrossCountyPacket {
  const hearingDate =
    input.type === 'subpoena' || input.type === 'hearing'
      ? (input.details as { hearingDate?: string }).hearingDate
      : undefined;
  return {
    caseNumber: input.caseNumber,
    what: input.message,
    when: hearingDate ?? input.occurredOn,
    fromCounty: input.fromCounty,
    call: input.call,
  };
}

/** The notice's words, from the packet alone. */
export function crossCountyNoticeText(packet: CrossCountyPacket): string {
  return (
    `${packet.what} From ${packet.fromCounty}, case ${packet.caseNumber}, ${packet.when}` +
    `${packet.call ? `; call ${packet.call}` : ''}.`
  );
}

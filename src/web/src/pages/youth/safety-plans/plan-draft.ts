// A safety plan as the form holds it (text boxes and rows), and the conversions to and from what
// the server stores. Pure, so the 409 view can merge two versions section by section.
import type { SafetyPlanBody, SafetyPlanType } from '../../../safety-plans-api';
import { fromLocalInput, toLocalInput } from '../events/event-draft';

export interface PersonRow {
  name: string;
  relationship: string;
  phone: string;
}
export interface PlaceRow {
  name: string;
  note: string;
}
export interface StepRow {
  key: string;
  partyOrganizationId: string;
  title: string;
  owner: string;
  /** datetime-local, in the device's time zone; empty for the plan's own moment. */
  due: string;
}

/** The type's own fields, flat: only those of the draft's type are sent. */
export interface DetailsDraft {
  hearingDate: string;
  court: string;
  driver: string;
  pickUpAt: string;
  pickUpPlace: string;
  confirmedBy: string;
  confirmedAt: string;
  receiverKind: 'person' | 'organization';
  receiverName: string;
  receiverRelationship: string;
  receiverOrganizationId: string;
  releaseAt: string;
  placementName: string;
  returnedOn: string;
}

export interface PlanDraft {
  type: SafetyPlanType;
  /** One warning sign a line. */
  warningSigns: string;
  safePeople: PersonRow[];
  safePlaces: PlaceRow[];
  agreedContacts: PersonRow[];
  steps: StepRow[];
  writtenWithYouth: boolean;
  writtenWithYouthOn: string;
  details: DetailsDraft;
}

/** The parts the 409 view offers to keep from either version. */
export const SECTIONS = [
  'warningSigns',
  'safePeople',
  'safePlaces',
  'agreedContacts',
  'steps',
  'writtenWithYouth',
  'details',
] as const;
export type PlanSection = (typeof SECTIONS)[number];

const emptyDetails = (): DetailsDraft => ({
  hearingDate: '',
  court: '',
  driver: '',
  pickUpAt: '',
  pickUpPlace: '',
  confirmedBy: '',
  confirmedAt: '',
  receiverKind: 'person',
  receiverName: '',
  receiverRelationship: '',
  receiverOrganizationId: '',
  releaseAt: '',
  placementName: '',
  returnedOn: '',
});

export function emptyDraft(type: SafetyPlanType): PlanDraft {
  return {
    type,
    warningSigns: '',
    safePeople: [],
    safePlaces: [],
    agreedContacts: [],
    steps: [],
    writtenWithYouth: true,
    writtenWithYouthOn: '',
    details: emptyDetails(),
  };
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');
const local = (value: unknown) => (typeof value === 'string' ? toLocalInput(new Date(value)) : '');
const rows = (value: unknown) => (Array.isArray(value) ? (value as Record<string, unknown>[]) : []);
const record = (value: unknown) =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};

/** A stored version, as the form shows it. */
export function draftFrom(type: SafetyPlanType, content: Record<string, unknown>): PlanDraft {
  const details = record(content.details);
  const transport = record(details.transportation);
  const receiver = record(details.receiver);
  const person = (p: Record<string, unknown>): PersonRow => ({
    name: text(p.name),
    relationship: text(p.relationship),
    phone: text(p.phone),
  });
  return {
    type,
    warningSigns: rows(content.warningSigns)
      .map((w) => text(w))
      .join('\n'),
    safePeople: rows(content.safePeople).map(person),
    safePlaces: rows(content.safePlaces).map((p) => ({ name: text(p.name), note: text(p.note) })),
    agreedContacts: rows(content.agreedContacts).map(person),
    steps: rows(content.steps).map((s) => ({
      key: text(s.key),
      partyOrganizationId: text(s.partyOrganizationId),
      title: text(s.title),
      owner: text(s.owner),
      due: local(s.due),
    })),
    writtenWithYouth: content.writtenWithYouth === true,
    writtenWithYouthOn: text(content.writtenWithYouthOn),
    details: {
      ...emptyDetails(),
      hearingDate: text(details.hearingDate),
      court: text(details.court),
      driver: text(transport.driver),
      pickUpAt: local(transport.pickUpAt),
      pickUpPlace: text(transport.pickUpPlace),
      confirmedBy: text(transport.confirmedBy),
      confirmedAt: local(transport.confirmedAt),
      receiverKind: receiver.kind === 'organization' ? 'organization' : 'person',
      receiverName: text(receiver.name),
      receiverRelationship: text(receiver.relationship),
      receiverOrganizationId: text(receiver.organizationId),
      releaseAt: local(details.releaseAt),
      placementName: text(details.placementName),
      returnedOn: text(details.returnedOn),
    },
  };
}

const instant = (value: string) => fromLocalInput(value)?.toISOString() ?? value;
const optional = (key: string, value: string): Record<string, string> =>
  value.trim() ? { [key]: value.trim() } : {};

function detailsOf(draft: PlanDraft): Record<string, unknown> {
  const d = draft.details;
  switch (draft.type) {
    case 'testimony':
      return {
        hearingDate: d.hearingDate,
        court: d.court,
        transportation: {
          driver: d.driver,
          pickUpAt: instant(d.pickUpAt),
          pickUpPlace: d.pickUpPlace,
          confirmedBy: d.confirmedBy,
          confirmedAt: instant(d.confirmedAt),
        },
      };
    case 'release_from_custody':
      return {
        receiver:
          d.receiverKind === 'organization'
            ? { kind: 'organization', organizationId: d.receiverOrganizationId }
            : { kind: 'person', name: d.receiverName, relationship: d.receiverRelationship },
        releaseAt: instant(d.releaseAt),
      };
    case 'placement':
      return optional('placementName', d.placementName);
    case 'return_from_missing':
      return optional('returnedOn', d.returnedOn);
    case 'general':
      return {};
  }
}

const personOf = (p: PersonRow) => ({
  name: p.name.trim(),
  ...optional('relationship', p.relationship),
  ...optional('phone', p.phone),
});

/** What the form sends: empty rows are left out, the type's details only. */
export function bodyOf(draft: PlanDraft): SafetyPlanBody {
  return {
    type: draft.type,
    warningSigns: draft.warningSigns
      .split('\n')
      .map((w) => w.trim())
      .filter(Boolean),
    safePeople: draft.safePeople.filter((p) => p.name.trim()).map(personOf),
    safePlaces: draft.safePlaces
      .filter((p) => p.name.trim())
      .map((p) => ({ name: p.name.trim(), ...optional('note', p.note) })),
    agreedContacts: draft.agreedContacts.filter((p) => p.name.trim()).map(personOf),
    steps: draft.steps
      .filter((s) => s.title.trim())
      .map((s) => ({
        ...(s.key ? { key: s.key } : {}),
        partyOrganizationId: s.partyOrganizationId,
        title: s.title.trim(),
        owner: s.owner.trim(),
        ...(s.due ? { due: instant(s.due) } : {}),
      })),
    writtenWithYouth: draft.writtenWithYouth,
    writtenWithYouthOn: draft.writtenWithYouth ? draft.writtenWithYouthOn || null : null,
    details: detailsOf(draft),
  };
}

/** The 409 merge: each section from the version the person chose to keep. */
export function merge(
  mine: PlanDraft,
  theirs: PlanDraft,
  keep: Readonly<Record<PlanSection, 'mine' | 'theirs'>>,
): PlanDraft {
  const from = (section: PlanSection) => (keep[section] === 'mine' ? mine : theirs);
  return {
    type: mine.type,
    warningSigns: from('warningSigns').warningSigns,
    safePeople: from('safePeople').safePeople,
    safePlaces: from('safePlaces').safePlaces,
    agreedContacts: from('agreedContacts').agreedContacts,
    steps: from('steps').steps,
    writtenWithYouth: from('writtenWithYouth').writtenWithYouth,
    writtenWithYouthOn: from('writtenWithYouth').writtenWithYouthOn,
    details: from('details').details,
  };
}

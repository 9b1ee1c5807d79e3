// Who may do what with the resource directory. The directory itself is not youth data: every
// signed-in person may search it. It is shared by the whole deployment, but every record in it
// belongs to one jurisdiction (its owner), and only the owner changes it: above all a safe
// house's confidentiality and the agency that answers for a provider (docs/ARCHITECTURE.md,
// "The resource directory"). Two things are guarded on reading: a confidential location's
// address, and who may update a provider's capacity.
import type { Actor } from './actor.js';
import { hasRole } from './actor.js';
import { allow, deny, type Decision } from './decision.js';

/** The Lantern agency that answers for a directory organization, if any. */
export interface ProviderLink {
  readonly organizationId: string;
  readonly jurisdictionId: string;
}

const isProvider = (actor: Actor, link: ProviderLink | null) =>
  link !== null && link.organizationId === actor.organizationId;

const isCoordinatorFor = (actor: Actor, link: ProviderLink | null) =>
  link !== null && hasRole(actor, 'coordinator') && actor.jurisdictionId === link.jurisdictionId;

/**
 * A safe house's address: the provider itself, the coordinator of its county, and an agency
 * whose referral the provider has accepted (it has to bring the youth there). Nobody else.
 */
export function decideConfidentialLocation(
  actor: Actor,
  link: ProviderLink | null,
  acceptedReferralFromActorOrganization: boolean,
): Decision {
  if (isProvider(actor, link) || isCoordinatorFor(actor, link)) return allow;
  if (acceptedReferralFromActorOrganization) return allow;
  return deny(
    'The address of a confidential location is shared only with the provider, the county coordinator and agencies whose referral it accepted.',
  );
}

/**
 * The kinds of change to a directory record. `create` adds a record (or a Lantern field to a
 * record the same import creates); `update` changes an HSDS record, attaches a new record to
 * it (a phone to a service, a service to an organization), or changes a service's Lantern
 * profile; `confidentiality` a location's confidential flag; `provider_link` the Lantern
 * agency that answers for an organization; `capacity` a service's open places.
 */
export const DIRECTORY_CHANGES = [
  'create',
  'update',
  'confidentiality',
  'provider_link',
  'capacity',
] as const;
export type DirectoryChange = (typeof DIRECTORY_CHANGES)[number];

/**
 * Who changes the directory: a signed-in person, or the operator at the command line
 * (`lantern import-hsds --jurisdiction`), who has the server's own database access and acts
 * for the jurisdiction they name.
 */
export type DirectoryEditor =
  | { readonly kind: 'staff'; readonly actor: Actor }
  | { readonly kind: 'operator'; readonly jurisdictionId: string };

export interface DirectoryChangeTarget {
  readonly change: DirectoryChange;
  /** The jurisdiction that owns the record; for `create`, the one the new record would have. */
  readonly ownerJurisdictionId: string;
  /** For `capacity`: the agency that answers for the service's organization, if any. */
  readonly link?: ProviderLink | null;
}

export const editorJurisdiction = (editor: DirectoryEditor): string =>
  editor.kind === 'staff' ? editor.actor.jurisdictionId : editor.jurisdictionId;

/**
 * The one rule for every change to the directory: its owner's coordinator or administrator
 * (or the operator acting for the owner) makes it; a new record is owned by the jurisdiction
 * that creates it, so nobody creates one in another's name. Capacity also belongs to the
 * provider: the linked agency's own staff update their open places.
 */
export function decideDirectoryChange(
  editor: DirectoryEditor,
  target: DirectoryChangeTarget,
): Decision {
  if (
    target.change === 'capacity' &&
    editor.kind === 'staff' &&
    isProvider(editor.actor, target.link ?? null)
  ) {
    return allow;
  }
  if (editor.kind === 'staff' && !hasRole(editor.actor, 'coordinator', 'administrator')) {
    return deny(
      target.change === 'capacity'
        ? 'Only the provider, or the coordinator or an administrator of the county that owns the service, updates capacity.'
        : 'Only a coordinator or an administrator changes the directory.',
    );
  }
  if (target.ownerJurisdictionId !== editorJurisdiction(editor)) {
    return deny(
      target.change === 'create'
        ? 'A new directory record belongs to the jurisdiction that creates it.'
        : 'This directory record belongs to another jurisdiction; only its coordinator or administrator changes it.',
    );
  }
  return allow;
}

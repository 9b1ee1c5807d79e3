// Information-sharing agreements (MOUs): when one is in force, and what it lets flow.
import type { DataCategory } from './vocabulary.js';

/**
 * A holder's acceptance, in advance, of consents releasing its data of these categories to these
 * partners. It is set by the holder itself and shown on the agreement; without it every release
 * of the holder's data waits for the holder's answer.
 */
export interface StandingAcceptance {
  readonly holderOrganizationId: string;
  readonly recipientOrganizationIds: readonly string[];
  readonly categories: readonly DataCategory[];
}

export interface AgreementTerms {
  readonly startsOn: string; // YYYY-MM-DD
  readonly endsOn: string | null; // YYYY-MM-DD, inclusive; null: open-ended
  readonly categories: readonly DataCategory[];
  readonly organizationIds: readonly string[];
  readonly standingAcceptances?: readonly StandingAcceptance[];
}

/** In force on `today` (YYYY-MM-DD): started, and not yet past its last day. */
export function agreementInForce(
  terms: Pick<AgreementTerms, 'startsOn' | 'endsOn'>,
  today: string,
): boolean {
  return terms.startsOn <= today && (terms.endsOn === null || terms.endsOn >= today);
}

/** Whether some agreement in force lets `category` flow between the two organizations. */
export function agreementCovers(
  agreements: readonly AgreementTerms[],
  between: readonly [string, string],
  category: DataCategory,
  today: string,
): boolean {
  const [a, b] = between;
  return agreements.some(
    (m) =>
      agreementInForce(m, today) &&
      m.categories.includes(category) &&
      m.organizationIds.includes(a) &&
      m.organizationIds.includes(b),
  );
}

// Who answers for their own data under a consent, as the server's Releases inbox asks them
// (docs/CONFIDENTIALITY.md): every organization on the case team but the recorder, whose data
// went at once, and but one the consent names as its only recipient. No imports, so the API
// tests check it against the inbox (test/api/release-holders.test.ts).

interface Answer {
  readonly holderOrganizationId: string;
}

/**
 * The holders of a consent, each with its answer or null while it has not answered. An
 * organization that answered and has since left the team keeps its answer.
 */
export function holdersOf<A extends Answer>(
  consent: {
    readonly recordedByOrganizationId: string;
    readonly recipientOrganizationIds: readonly string[];
    readonly releases: readonly A[];
  },
  team: readonly { readonly organizationId: string }[],
): { organizationId: string; answer: A | null }[] {
  const ids = [
    ...new Set([
      ...team.map((m) => m.organizationId),
      ...consent.releases.map((r) => r.holderOrganizationId),
    ]),
  ].filter(
    (id) =>
      id !== consent.recordedByOrganizationId &&
      !consent.recipientOrganizationIds.every((recipient) => recipient === id),
  );
  return ids.map((organizationId) => ({
    organizationId,
    answer: consent.releases.find((r) => r.holderOrganizationId === organizationId) ?? null,
  }));
}

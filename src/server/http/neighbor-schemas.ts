// Organizations of other counties on an agreement, as the API shows them. Only zod and the
// domain are imported here, so the web app derives its types from these schemas (import type).
import { z } from 'zod';
import { NEIGHBOR_PARTY_STATUSES } from '../../domain/neighbor-parties.js';

const Id = z.uuid().describe('A Lantern identifier (UUID)');

export const NeighborParty = z
  .object({
    organizationId: Id,
    organizationName: z.string(),
    jurisdictionId: Id,
    jurisdictionName: z.string(),
    status: z.enum(NEIGHBOR_PARTY_STATUSES),
    proposedAt: z.string().describe('ISO 8601 instant'),
    answeredAt: z.string().nullable().describe('ISO 8601 instant'),
    mayAnswer: z.boolean().describe('The caller may accept or decline this proposal'),
    mayWithdraw: z
      .boolean()
      .describe('The caller may withdraw this proposal (not yet answered, proposed by its county)'),
  })
  .describe(
    'An organization of another county on the agreement: it opens nothing of any case (docs/CONFIDENTIALITY.md)',
  );
export const NeighborPartyBody = z.strictObject({
  organizationId: Id.describe('An active organization of another county'),
});
export const NeighborPartyParams = z.strictObject({ id: Id, organizationId: Id });

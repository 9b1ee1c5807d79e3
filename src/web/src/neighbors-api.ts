// Organizations of neighboring counties on an agreement: propose one, accept or decline a
// proposal, or withdraw it before it is answered (docs/CONFIDENTIALITY.md, Agreements across counties).
import { path, request } from './api';
import type { Agreement } from './types';

export async function proposeNeighborParty(
  mouId: string,
  organizationId: string,
): Promise<Agreement> {
  const url = `${path('/api/mous', mouId)}/neighbor-parties`;
  return (await request('POST', url, { body: { organizationId } })) as Agreement;
}

export async function answerNeighborParty(
  mouId: string,
  organizationId: string,
  answer: 'accept' | 'decline' | 'withdraw',
): Promise<Agreement> {
  const url = `${path(`${path('/api/mous', mouId)}/neighbor-parties`, organizationId)}/${answer}`;
  return (await request('POST', url)) as Agreement;
}

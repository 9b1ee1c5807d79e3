// A referral's thread between its two sides, and undoing an accept (issue 15, item 6).
import { path, request } from './api';
import type { ReferralDetail } from './types';

/** One message; `side` is the writer's side of the referral. */
export interface ReferralMessage {
  id: string;
  side: 'sender' | 'receiver';
  byUserName: string;
  byOrganizationName: string;
  body: string;
  at: string;
}

export interface ReferralThread {
  referralId: string;
  /** The caller's side. */
  side: 'sender' | 'receiver';
  messages: ReferralMessage[];
}

export async function getThread(referralId: string): Promise<ReferralThread> {
  const url = `${path('/api/referrals', referralId)}/messages`;
  return (await request('GET', url)) as ReferralThread;
}

export async function writeMessage(referralId: string, body: string): Promise<ReferralThread> {
  const url = `${path('/api/referrals', referralId)}/messages`;
  return (await request('POST', url, { body: { body } })) as ReferralThread;
}

export async function undoAccept(referralId: string): Promise<ReferralDetail> {
  const url = `${path('/api/referrals', referralId)}/undo-accept`;
  return (await request('POST', url)) as ReferralDetail;
}

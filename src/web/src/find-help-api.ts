// The public search page's only calls: Open Referral's public API at /api/hsds, which needs no
// sign-in and never returns a confidential location (docs/ARCHITECTURE.md, public directory).
import { path, query, request } from './api';

export type HsdsObject = Readonly<Record<string, unknown>>;

export interface HsdsPage {
  readonly total_items: number;
  readonly total_pages: number;
  readonly page_number: number;
  readonly contents: readonly HsdsObject[];
}

/** Results a page at a time: few, so a phone on a slow line gets them quickly. */
export const FIND_HELP_PAGE_SIZE = 10;

export async function searchPublicServices(params: {
  words: string;
  termId: string;
  page: number;
}): Promise<HsdsPage> {
  const url = `/api/hsds/services${query({
    search: params.words.trim() || undefined,
    taxonomy_term_id: params.termId || undefined,
    full: 'true',
    page: String(params.page),
    per_page: String(FIND_HELP_PAGE_SIZE),
  })}`;
  return (await request('GET', url, { signedOutIsExpected: true })) as HsdsPage;
}

/** The needs to choose from: the top terms of the directory's taxonomies. */
export async function listPublicNeeds(): Promise<HsdsPage> {
  const url = `/api/hsds/taxonomy_terms${query({ top_only: 'true', per_page: '200' })}`;
  return (await request('GET', url, { signedOutIsExpected: true })) as HsdsPage;
}

export async function getPublicService(id: string): Promise<HsdsObject> {
  return (await request('GET', path('/api/hsds/services', id), {
    signedOutIsExpected: true,
  })) as HsdsObject;
}

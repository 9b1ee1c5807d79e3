// Who receives the youth at release, as the release safety plan names it. Safety plans are
// another feature's (issue 11, safety plans); until its table lands this answers "no plan yet".
// Where it plugs in: replace the body of `findReleaseReceiver` with ONE narrow query on the
// safety plans table: the latest `release_from_custody` plan of the youth, selecting only the
// receiver's name and relationship (never the plan's sections). Nothing else here changes.
import type { Queryable } from '../../../db/database.js';

export interface ReleaseReceiver {
  /** The person the plan names to receive the youth (e.g. "Ana R., foster parent"). */
  readonly name: string;
  readonly relationship: string | null;
}

export type ReleasePlanAnswer =
  { readonly exists: false } | { readonly exists: true; readonly receiver: ReleaseReceiver | null };

export type ReleaseReceiverSource = (db: Queryable, youthId: string) => Promise<ReleasePlanAnswer>;

export const findReleaseReceiver: ReleaseReceiverSource = () => Promise.resolve({ exists: false });

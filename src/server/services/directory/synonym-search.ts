// Staff search by idea: each part of the search, as src/domain/directory-synonyms.ts reads it,
// must be found in a service's words. An idea ("trafficking", "bed tonight") is found by any
// of its words in English or Spanish; a word the table does not know by itself, the words it
// begins and its near typos, as in the public search.
import type { Queryable } from '../../../db/database.js';
import { vocabularyFor, vocabularyOf } from '../../../db/repositories/directory.js';
import { expandSearch } from '../../../domain/directory-synonyms.js';
import { addWordMatch, type Where } from './hsds-api.js';

/** At most this many parts of a search are looked at, as in the public search. */
const MAX_TERMS = 8;

export async function addSynonymSearch(
  db: Queryable,
  where: Where,
  search: string,
  alias: string,
): Promise<string> {
  const scores: string[] = [];
  for (const term of expandSearch(search).slice(0, MAX_TERMS)) {
    const words =
      term.kind === 'word'
        ? await vocabularyFor(db, term.word)
        : { exact: await ideaWords(db, term.finds), similar: [] };
    const score = addWordMatch(where, alias, words);
    if (score === null) return '0::real';
    scores.push(score);
  }
  return scores.length === 0 ? '0::real' : scores.join(' + ');
}

/** "exploit*" finds the words it begins; the others are whole words. */
function ideaWords(db: Queryable, finds: readonly string[]): Promise<string[]> {
  return vocabularyOf(
    db,
    finds.filter((w) => !w.endsWith('*')),
    finds.filter((w) => w.endsWith('*')).map((w) => w.slice(0, -1)),
  );
}

// The duplicate check's judgement (docs/ARCHITECTURE.md, "The duplicate check"): whether a youth
// being recorded may be one already on record, and why. Names are compared the way they reach a
// worker at 2 a.m.: heard rather than read, with or without accents, one family name of two, a
// nickname instead of the given name, a street name, and a birth year that is a guess. Pure: no I/O.
//
// A false alarm costs the worker a look (and "open a new record anyway"); a miss splits one child
// across two records that no one connects. So the rules lean towards asking.
import { relatedForms, sameNameByNickname } from './nicknames.js';
import { normalizeName } from './verified-contacts.js';

/** What the check compares: the names and the birth, as recorded or as typed. */
export interface NamedYouth {
  readonly givenName: string | null;
  readonly familyName: string | null;
  readonly alias: string | null;
  readonly birthDate: string | null;
  readonly estimatedBirthYear: number | null;
}

// --- what a record must hold ---

/** No birth date and no estimated year: the record is flagged until someone learns the year. */
export function needsBirthYear(
  youth: Pick<NamedYouth, 'birthDate' | 'estimatedBirthYear'>,
): boolean {
  return youth.birthDate === null && youth.estimatedBirthYear === null;
}

/** A record needs something to tell it apart: a name, an alias, a birth date or a year. */
export function identifiesSomeone(youth: NamedYouth): boolean {
  return (
    nameWords(youth.givenName).length > 0 ||
    nameWords(youth.familyName).length > 0 ||
    nameWords(youth.alias).length > 0 ||
    !needsBirthYear(youth)
  );
}

/** The birth date's year, else the estimated year, else unknown. */
export function birthYearOf(
  youth: Pick<NamedYouth, 'birthDate' | 'estimatedBirthYear'>,
): number | null {
  return youth.birthDate ? Number(youth.birthDate.slice(0, 4)) : youth.estimatedBirthYear;
}

// --- words ---

/**
 * Words that join names rather than name anyone: "Rivera y López", "de la Cruz". Dropped, so
 * either family name alone still matches; kept when they are all there is.
 */
const PARTICLES = new Set([
  'y',
  'e',
  'de',
  'del',
  'la',
  'las',
  'los',
  'da',
  'das',
  'do',
  'dos',
  'di',
  'van',
  'von',
  'der',
]);

/** The words of one name field as compared: no case, no accents, hyphens and particles gone. */
export function nameWords(raw: string | null): string[] {
  if (!raw) return [];
  const words = normalizeName(raw).split(' ').filter(Boolean);
  const meaningful = words.filter((w) => !PARTICLES.has(w));
  return meaningful.length > 0 ? meaningful : words;
}

/**
 * Every word of the record's names, normalized, as the database stores them for narrowing
 * (`youth.name_words`). Particles stay: narrowing only ever looks for words that are not one.
 */
export function storedNameWords(
  youth: Pick<NamedYouth, 'givenName' | 'familyName' | 'alias'>,
): string {
  return normalizeName(
    [youth.givenName, youth.familyName, youth.alias].filter((n) => n !== null).join(' '),
  );
}

// --- spelling ---

/** The shortest word a spelling slip is allowed in: "Ana" and "Ama" are two names. */
export const SPELLING_MIN_LENGTH = 5;

/**
 * Whether two words are at most one letter apart (one wrong, missing or extra, or two side by side
 * swapped: optimal string alignment), and both long enough that one letter is a slip.
 */
function oneSlipApart(a: string, b: string): boolean {
  // Letters as PostgreSQL counts them (code points): accents are already gone.
  const x = Array.from(a);
  const y = Array.from(b);
  if (Math.min(x.length, y.length) < SPELLING_MIN_LENGTH) return false;
  if (Math.abs(x.length - y.length) > 1) return false;
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i += 1;
  if (i === x.length && i === y.length) return true;
  const rest = (p: number, q: number) => x.slice(p).join('') === y.slice(q).join('');
  return (
    rest(i + 1, i + 1) || // one wrong
    rest(i + 1, i) || // one extra in a
    rest(i, i + 1) || // one extra in b
    (x[i] === y[i + 1] && x[i + 1] === y[i] && rest(i + 2, i + 2)) // two swapped
  );
}

// --- how two words relate ---

export type WordRelation = 'same' | 'nickname' | 'spelling';
const RELATION_ORDER: readonly WordRelation[] = ['same', 'nickname', 'spelling'];

/** How two normalized words relate, closest first; null when they are two names. */
export function relateWord(a: string, b: string): WordRelation | null {
  if (a === b) return 'same';
  if (sameNameByNickname(a, b)) return 'nickname';
  if (oneSlipApart(a, b)) return 'spelling';
  return null;
}

/** The closest relation between any word of one name and any word of the other. */
function relateWords(as: readonly string[], bs: readonly string[]): WordRelation | null {
  let best: WordRelation | null = null;
  for (const a of as) {
    for (const b of bs) {
      const r = relateWord(a, b);
      if (r && (best === null || RELATION_ORDER.indexOf(r) < RELATION_ORDER.indexOf(best))) {
        best = r;
      }
    }
  }
  return best;
}

const closer = (a: WordRelation | null, b: WordRelation | null): WordRelation | null =>
  a === null ? b : b === null ? a : RELATION_ORDER.indexOf(a) <= RELATION_ORDER.indexOf(b) ? a : b;

const sameWords = (as: readonly string[], bs: readonly string[]) =>
  as.length === bs.length && [...as].sort().join(' ') === [...bs].sort().join(' ');

// --- the judgement ---

/**
 * What the names have in common, strongest first:
 * - `same_name`: given and family names, word for word (accents, case and hyphens aside);
 * - `similar_name`: given and family names relate (a nickname, a spelling slip, one family or
 *   given name of two);
 * - `alias`: an alias of one is an alias of the other;
 * - `alias_given_name`: an alias of one is the other's given name, and their family names, where
 *   both have one, relate;
 * - `given_name_only`: given names relate and one record has no family name;
 * - `family_name_only`: family names relate and one record has neither a given name nor an alias.
 */
export const NAME_EVIDENCE = [
  'same_name',
  'similar_name',
  'alias',
  'alias_given_name',
  'given_name_only',
  'family_name_only',
] as const;
export type NameEvidence = (typeof NAME_EVIDENCE)[number];

/** What makes a similar name similar, for the worker who decides. */
export const NAME_VARIATIONS = [
  'nickname',
  'spelling',
  'one_of_two_given_names',
  'one_of_two_family_names',
] as const;
export type NameVariation = (typeof NAME_VARIATIONS)[number];

/**
 * How the births compare: the same birth date, the same year, a year apart, or a year unknown on
 * either record (which matches any year, and ranks lower). Further apart is another youth.
 */
export const BIRTH_EVIDENCE = [
  'same_birth_date',
  'same_birth_year',
  'birth_year_apart',
  'birth_year_unknown',
] as const;
export type BirthEvidence = (typeof BIRTH_EVIDENCE)[number];

const NAME_SCORE: Readonly<Record<NameEvidence, number>> = {
  same_name: 60,
  similar_name: 50,
  alias: 45,
  alias_given_name: 40,
  given_name_only: 30,
  family_name_only: 20,
};

const BIRTH_SCORE: Readonly<Record<BirthEvidence, number>> = {
  same_birth_date: 40,
  same_birth_year: 30,
  birth_year_apart: 20,
  birth_year_unknown: 5,
};

export interface PossibleMatch {
  readonly name: NameEvidence;
  /** Set for `similar_name`: what differs. Sorted. */
  readonly variations: readonly NameVariation[];
  readonly birth: BirthEvidence;
  /** The birth years compared: the typed youth's, then the recorded one's. */
  readonly birthYears: readonly [number | null, number | null];
  /** Higher is likelier the same youth; orders the matches. */
  readonly score: number;
}

interface Names {
  readonly given: readonly string[];
  readonly family: readonly string[];
  readonly alias: readonly string[];
}

const namesOf = (y: NamedYouth): Names => ({
  given: nameWords(y.givenName),
  family: nameWords(y.familyName),
  alias: nameWords(y.alias),
});

function birthEvidence(a: NamedYouth, b: NamedYouth): BirthEvidence | null {
  const ya = birthYearOf(a);
  const yb = birthYearOf(b);
  if (ya === null || yb === null) return 'birth_year_unknown';
  const apart = Math.abs(ya - yb);
  if (apart > 1) return null;
  if (apart === 1) return 'birth_year_apart';
  return a.birthDate !== null && a.birthDate === b.birthDate
    ? 'same_birth_date'
    : 'same_birth_year';
}

function variationsOf(a: Names, b: Names): NameVariation[] {
  const found = new Set<NameVariation>();
  const given = relateWords(a.given, b.given);
  const family = relateWords(a.family, b.family);
  if (given === 'nickname') found.add('nickname');
  if (given === 'spelling' || family === 'spelling') found.add('spelling');
  if (given === 'same' && !sameWords(a.given, b.given)) found.add('one_of_two_given_names');
  if (family === 'same' && !sameWords(a.family, b.family)) found.add('one_of_two_family_names');
  return NAME_VARIATIONS.filter((v) => found.has(v));
}

function nameEvidence(a: Names, b: Names): NameEvidence | null {
  const given = relateWords(a.given, b.given);
  const family = relateWords(a.family, b.family);
  const bothFamilies = a.family.length > 0 && b.family.length > 0;
  const familiesAgree = !bothFamilies || family !== null;
  const onlyFamily = (n: Names) => n.given.length === 0 && n.alias.length === 0;
  if (given && family) {
    return sameWords(a.given, b.given) && sameWords(a.family, b.family)
      ? 'same_name'
      : 'similar_name';
  }
  // A street name travels with a youth across false names: it counts on its own.
  if (relateWords(a.alias, b.alias)) return 'alias';
  if (closer(relateWords(a.alias, b.given), relateWords(b.alias, a.given)) && familiesAgree) {
    return 'alias_given_name';
  }
  if (given && (a.family.length === 0 || b.family.length === 0)) return 'given_name_only';
  if (family && (onlyFamily(a) || onlyFamily(b))) return 'family_name_only';
  return null;
}

/**
 * Whether `recorded` may be the youth `typed` describes, and why; null when not. Symmetric: which
 * of two records is the newer never changes the answer (only the order of `birthYears`).
 */
export function comparePossibleMatch(
  typed: NamedYouth,
  recorded: NamedYouth,
): PossibleMatch | null {
  const a = namesOf(typed);
  const b = namesOf(recorded);
  const name = nameEvidence(a, b);
  if (name === null) return null;
  const birth = birthEvidence(typed, recorded);
  if (birth === null) return null;
  return {
    name,
    variations: name === 'similar_name' ? variationsOf(a, b) : [],
    birth,
    birthYears: [birthYearOf(typed), birthYearOf(recorded)],
    score: NAME_SCORE[name] + BIRTH_SCORE[birth],
  };
}

/** The candidates that may be the typed youth, likeliest first, at most `limit` of them. */
export function rankPossibleMatches<T extends NamedYouth>(
  typed: NamedYouth,
  candidates: readonly T[],
  limit: number,
): { readonly candidate: T; readonly match: PossibleMatch }[] {
  return candidates
    .map((candidate) => ({ candidate, match: comparePossibleMatch(typed, candidate) }))
    .filter((c): c is { candidate: T; match: PossibleMatch } => c.match !== null)
    .sort((x, y) => y.match.score - x.match.score)
    .slice(0, limit);
}

const NAME_WORDS: Readonly<Record<NameEvidence, string>> = {
  same_name: 'same name',
  similar_name: 'similar name',
  alias: 'alias matches alias',
  alias_given_name: 'alias matches given name',
  given_name_only: 'same given name, no family name on one record',
  family_name_only: 'same family name, no given name on one record',
};

const VARIATION_WORDS: Readonly<Record<NameVariation, string>> = {
  nickname: 'nickname',
  spelling: 'spelling',
  one_of_two_given_names: 'one of two given names',
  one_of_two_family_names: 'one of two family names',
};

/**
 * The reason in English ("same name, birth year 2010 vs 2011"), for the API's error messages.
 * It names the recorded youth's birth year: give it only to a caller who may read her identity.
 */
export function describePossibleMatch(match: PossibleMatch): string {
  const [typed, recorded] = match.birthYears;
  const name =
    match.variations.length > 0
      ? `${NAME_WORDS[match.name]} (${match.variations.map((v) => VARIATION_WORDS[v]).join(', ')})`
      : NAME_WORDS[match.name];
  const birth =
    match.birth === 'same_birth_date'
      ? 'same birth date'
      : match.birth === 'same_birth_year'
        ? `birth year ${String(recorded)}`
        : match.birth === 'birth_year_apart'
          ? `birth year ${String(typed)} vs ${String(recorded)}`
          : 'birth year unknown';
  return `${name}, ${birth}`;
}

// --- narrowing in the database ---

/**
 * A regular expression (the same in JavaScript and PostgreSQL) that a record's stored name words
 * (`storedNameWords`) match whenever `comparePossibleMatch` could find it a match, so the database
 * narrows without deciding: each typed word, every nickname form of it, and for a word long enough
 * for a slip, any word of about its length sharing its first or last two letters (one slip leaves
 * one end whole). Null when nothing is typed that names anyone.
 */
export function candidatePattern(typed: NamedYouth): string | null {
  const { given, family, alias } = namesOf(typed);
  const words = [...new Set([...given, ...family, ...alias])];
  if (words.length === 0) return null;
  const exact = new Set<string>();
  const slips = new Set<string>();
  for (const word of words) {
    for (const form of relatedForms(word)) exact.add(escapeRegExp(form));
    const letters = Array.from(word);
    if (letters.length >= SPELLING_MIN_LENGTH) {
      const between = `[^ ]{${String(letters.length - 3)},${String(letters.length - 1)}}`;
      slips.add(`${escapeRegExp(letters.slice(0, 2).join(''))}${between}`);
      slips.add(`${between}${escapeRegExp(letters.slice(-2).join(''))}`);
    }
  }
  return `(^| )(${[...exact, ...slips].join('|')})( |$)`;
}

// Normalized words hold letters and digits only; escaping is a second lock, not a need.
const escapeRegExp = (text: string) => text.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');

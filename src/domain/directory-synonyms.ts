// The field's words for the same idea, in English and Spanish, kept as data: a worker types
// "trafficking" or "bed tonight" and means the services a directory describes as CSEC,
// exploitation, shelter or refugio. Staff search turns each typed idea into the words that
// find it (src/server/services/directory/synonym-search.ts); a word the table does not know
// is searched as typed, typos forgiven.

export interface SynonymIdea {
  /** A stable name for the idea, for tests and reading. */
  readonly idea: string;
  /** What a person may type for it (a word or a phrase), folded: lowercase, no accents. */
  readonly typed: readonly string[];
  /** The words of a service's text that show it; one ending in * also finds words it begins. */
  readonly finds: readonly string[];
}

export const SYNONYMS: readonly SynonymIdea[] = [
  {
    idea: 'exploitation',
    typed: [
      'trafficking',
      'trafficked',
      'human trafficking',
      'sex trafficking',
      'child trafficking',
      'csec',
      'exploitation',
      'exploited',
      'sexual exploitation',
      'commercial sexual exploitation',
      'trata',
      'trata de personas',
      'trata de menores',
      'explotacion',
      'explotacion sexual',
      'explotada',
      'explotado',
    ],
    finds: ['traffick*', 'csec', 'exploit*', 'trata', 'explotacion', 'explotad*'],
  },
  {
    idea: 'shelter',
    typed: [
      'bed',
      'beds',
      'bed tonight',
      'a bed tonight',
      'beds tonight',
      'shelter',
      'shelter tonight',
      'emergency shelter',
      'housing tonight',
      'place to stay',
      'place to sleep',
      'somewhere to sleep',
      'somewhere to stay',
      'safe place',
      'cama',
      'cama esta noche',
      'camas',
      'albergue',
      'refugio',
      'refugio esta noche',
      'donde dormir',
      'lugar para dormir',
      'lugar para quedarse',
    ],
    finds: ['shelter*', 'bed', 'beds', 'refugio*', 'albergue*', 'cama', 'camas'],
  },
  {
    idea: 'housing',
    typed: ['housing', 'transitional housing', 'apartment', 'vivienda', 'alojamiento'],
    finds: ['housing', 'vivienda*', 'alojamiento*'],
  },
  {
    idea: 'mental_health',
    typed: [
      'mental health',
      'therapy',
      'therapist',
      'salud mental',
      'terapia',
      'terapeuta',
      'psicologo',
      'psicologa',
    ],
    finds: ['mental', 'therap*', 'terapia*', 'terapeuta*', 'psicolog*'],
  },
  {
    // Counseling is wider than therapy: it finds a therapist, not the other way round.
    idea: 'counseling',
    typed: ['counseling', 'counselling', 'counselor', 'consejeria', 'consejero', 'consejera'],
    finds: ['counsel*', 'consejeria*', 'consejer*', 'therap*', 'terapia*'],
  },
  {
    idea: 'legal',
    typed: [
      'legal',
      'legal help',
      'lawyer',
      'attorney',
      'abogado',
      'abogada',
      'ayuda legal',
      'asesoria legal',
    ],
    finds: ['legal', 'lawyer*', 'attorney*', 'abogad*'],
  },
  {
    idea: 'medical',
    typed: ['doctor', 'medical', 'clinic', 'medico', 'medica', 'clinica'],
    finds: ['medical', 'clinic*', 'doctor*', 'medico*', 'medica*'],
  },
  {
    idea: 'substance_use',
    typed: ['drugs', 'alcohol', 'substance use', 'rehab', 'drogas', 'adicciones', 'adiccion'],
    finds: ['substance', 'drug', 'drugs', 'alcohol', 'rehab*', 'droga*', 'adiccion*'],
  },
  {
    idea: 'food',
    typed: ['food', 'meals', 'meal', 'comida', 'comidas', 'alimentos'],
    finds: ['food', 'meal', 'meals', 'comida*', 'alimento*'],
  },
  {
    idea: 'jobs',
    typed: ['job', 'jobs', 'work', 'employment', 'empleo', 'trabajo'],
    finds: ['job', 'jobs', 'employ*', 'empleo*', 'trabajo*'],
  },
  {
    idea: 'transportation',
    typed: ['bus', 'ride', 'rides', 'transportation', 'transporte', 'autobus'],
    finds: ['bus', 'buses', 'ride', 'rides', 'transport*', 'autobus*'],
  },
];

/**
 * Words that say when, not what ("a bed tonight", "ayuda ahora"): a directory's text never
 * holds them, so they are dropped unless they are the whole search.
 */
export const WHEN_WORDS: readonly string[] = ['tonight', 'today', 'now', 'hoy', 'ahora', 'urgent'];

/** One part of a search: an idea from the table, or a word searched as typed. */
export type SearchTerm =
  | { readonly kind: 'idea'; readonly idea: string; readonly finds: readonly string[] }
  | { readonly kind: 'word'; readonly word: string };

/** The words of a text as search compares them: lowercase, no accents, letters and digits. */
export function foldedWords(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
}

const PHRASES: readonly { readonly words: readonly string[]; readonly idea: SynonymIdea }[] =
  SYNONYMS.flatMap((idea) => idea.typed.map((typed) => ({ words: foldedWords(typed), idea })))
    // Longest first, so "bed tonight" is one idea, not "bed" and a stray "tonight".
    .sort((a, b) => b.words.length - a.words.length);

/**
 * A search's parts, in the order typed: the longest phrase of the table at each place, else
 * the word itself. An idea typed twice counts once; so does a word.
 */
export function expandSearch(text: string): SearchTerm[] {
  const words = foldedWords(text);
  const terms: SearchTerm[] = [];
  const seen = new Set<string>();
  let at = 0;
  while (at < words.length) {
    const phrase = PHRASES.find(({ words: p }) => p.every((word, i) => words[at + i] === word));
    if (phrase) {
      at += phrase.words.length;
      if (seen.has(`idea:${phrase.idea.idea}`)) continue;
      seen.add(`idea:${phrase.idea.idea}`);
      terms.push({ kind: 'idea', idea: phrase.idea.idea, finds: phrase.idea.finds });
      continue;
    }
    const word = words[at] ?? '';
    at += 1;
    if (seen.has(`word:${word}`)) continue;
    seen.add(`word:${word}`);
    terms.push({ kind: 'word', word });
  }
  const what = terms.filter((t) => !(t.kind === 'word' && WHEN_WORDS.includes(t.word)));
  return what.length > 0 ? what : terms;
}

// The duplicate check's narrowing column (docs/ARCHITECTURE.md, "The duplicate check"): every word
// of a youth's names as the domain compares them (src/domain/name-match.ts, storedNameWords): no
// case, no accents, punctuation and hyphens one space. The database looks for words in it; the
// domain decides. A column rather than unaccent(): PGlite would need the extension loaded and a
// county's PostgreSQL the contrib package, and the application writes the same words it compares.
//
// Records from before this migration get an SQL approximation of the same words (compatibility
// decomposition, combining marks and apostrophes removed, spacing and punctuation one space; the
// typographic marks are listed because [:punct:] is ASCII only in the C locale); no identity is
// ever updated afterwards, so new records carry the application's words. normalize() needs a UTF8
// database, as Lantern's names in every language do.
export const name = '0020-youth-name-words';

export const up = /* sql */ `
ALTER TABLE youth ADD COLUMN name_words text NOT NULL DEFAULT '';
UPDATE youth SET name_words = btrim(regexp_replace(
  lower(translate(regexp_replace(normalize(
    coalesce(given_name, '') || ' ' || coalesce(family_name, '') || ' ' || coalesce(alias, ''),
    NFKD), '[\\u0300-\\u036f]', '', 'g'), '''’ʼ\`´', '')),
  '[[:space:][:punct:]“”„«»‚¿¡·–—…]+', ' ', 'g'));
`;

// Fast, typo-tolerant directory search: each service's words as an array (GIN), and the
// directory's vocabulary with a trigram index. A typed word is matched to the vocabulary
// first (exact, prefix or similar), then services are found by those words.
export const name = '0005-directory-words';

export const up = /* sql */ `
ALTER TABLE directory_search ADD COLUMN search_words text[] NOT NULL DEFAULT '{}';
ALTER TABLE directory_search ADD COLUMN name_words text[] NOT NULL DEFAULT '{}';
CREATE INDEX directory_search_words ON directory_search USING gin (search_words);

CREATE TABLE directory_words (word text PRIMARY KEY);
CREATE INDEX directory_words_trgm ON directory_words USING gin (word gin_trgm_ops);
`;

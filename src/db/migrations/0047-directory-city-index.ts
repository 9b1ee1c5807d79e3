// A staff search near a city that Lantern's shipped list does not hold looks among the cities
// of the directory's own addresses (src/db/repositories/directory-cities.ts). Read whole, that was
// every address of the shared directory at each such search: 165 ms on PGlite at 20,000
// addresses. By the letters of the city's name (accents taken off, then lowercase, nothing but a
// to z: cityLetters in src/domain/directory-places.ts, the same rule; lowercase after the accents
// so that a database of the C collation lowers "Ñ" as "n"), the index finds the few addresses
// that may name the city typed.
export const name = '0047-directory-city-index';

export const up = /* sql */ `
CREATE FUNCTION lantern_place_letters(name text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT regexp_replace(lower(normalize(name, NFD)), '[^a-z]', '', 'g')
$$;
CREATE INDEX hsds_records_address_city_idx
  ON hsds_records (lantern_place_letters(data ->> 'city')) WHERE kind = 'address';
`;

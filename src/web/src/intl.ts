// Intl formatters kept, one per language and options, for the life of the page. Building one
// (`new Intl.DateTimeFormat(...)`) loads the language's calendar and time-zone data and costs far
// more than formatting with it: My work, which wrote every due time with a formatter of its own,
// spent a twentieth of a second building them on each load, more on a phone. A formatter with no
// time zone of its own keeps the one the device had when it was made; a page reload takes a new
// one. A language or time zone Intl does not know throws (RangeError) as the constructor does,
// and nothing is kept.

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

const keyOf = (language: string, options: object) => `${language}\u0000${JSON.stringify(options)}`;

/** The formatter kept under `key`, made (and kept) the first time; a throwing make keeps none. */
function kept<F>(formats: Map<string, F>, key: string, make: () => F): F {
  const known = formats.get(key);
  if (known) return known;
  const made = make();
  formats.set(key, made);
  return made;
}

/** `new Intl.DateTimeFormat(language, options)`, made once. */
export function dateTimeFormat(
  language: string,
  options: Intl.DateTimeFormatOptions = {},
): Intl.DateTimeFormat {
  return kept(
    dateTimeFormats,
    keyOf(language, options),
    () => new Intl.DateTimeFormat(language, options),
  );
}

/** `new Intl.NumberFormat(language, options)`, made once. */
export function numberFormat(
  language: string,
  options: Intl.NumberFormatOptions = {},
): Intl.NumberFormat {
  return kept(
    numberFormats,
    keyOf(language, options),
    () => new Intl.NumberFormat(language, options),
  );
}

// A language named in the reader's language: a service's HSDS `language` record holds a name as
// its importer wrote it ("Spanish") and often an ISO 639 code ("spa", "es"); a Spanish reader
// should read "español", not the English name. Where no code is known the stored name is shown
// as it is. Pure: Intl.DisplayNames is part of the language, not I/O.

/** Language codes as ISO 639 and BCP 47 write them: "es", "spa", "zh-Hant", "pt-BR". */
const CODE = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i;

/** The reader's name for `code`, or null when the code is not one Intl knows. */
export function displayLanguage(code: string, locale: string): string | null {
  if (!CODE.test(code)) return null;
  try {
    const name = new Intl.DisplayNames([locale], { type: 'language', fallback: 'none' }).of(code);
    return name === undefined || name === '' ? null : name;
  } catch {
    return null;
  }
}

/** A stored language in the reader's words: from its code when it has one, else as stored. */
export function languageName(stored: string, code: string | null, locale: string): string {
  return (code === null ? null : displayLanguage(code, locale)) ?? stored;
}

/** The languages of a service, one for one with their codes, in the reader's words. */
export function languageNames(
  languages: readonly string[],
  codes: readonly (string | null)[] | undefined,
  locale: string,
): string[] {
  return languages.map((stored, i) => languageName(stored, codes?.[i] ?? null, locale));
}

/**
 * What code each stored name stands for, from services that record both ("spanish" -> "es"),
 * so a language known only by name elsewhere on the same screen (the youth's, in a match reason)
 * is named in the reader's words too. Names compare without case, as matching does.
 */
export function codesByName(
  services: readonly { languages: readonly string[]; languageCodes?: readonly (string | null)[] }[],
): ReadonlyMap<string, string> {
  const codes = new Map<string, string>();
  for (const service of services) {
    service.languages.forEach((name, i) => {
      const code = service.languageCodes?.[i];
      if (code) codes.set(name.trim().toLowerCase(), code);
    });
  }
  return codes;
}

/** A name the reader reads: a known code's name, the name itself if it is a code, or as stored. */
export function nameFromIndex(
  stored: string,
  codes: ReadonlyMap<string, string>,
  locale: string,
): string {
  const code = codes.get(stored.trim().toLowerCase()) ?? stored.trim();
  return displayLanguage(code, locale) ?? stored;
}

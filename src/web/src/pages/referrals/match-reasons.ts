// Why a service matches, in the reader's language, from the codes and parameters the server
// sends (`reasonCodes`, src/domain/matching.ts): needs in words, languages named in the reader's
// language where a code is known. No React here, so every code is worded in both languages
// without a browser (test/domain/match-reason-words.test.ts).
import type { MatchReason } from '../../../../domain/matching.js';

/** i18next's `t`, untyped: the keys are built from codes the type checks. */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

export function wordMatchReason(
  t: Translate,
  reason: MatchReason,
  languageName: (stored: string) => string,
): string {
  const key = `matching.reasons.${reason.code}`;
  switch (reason.code) {
    case 'needs_met':
      return t(key, {
        met: reason.params.met,
        of: reason.params.of,
        needs: reason.params.needs.map((need) => t(`matching.needWords.${need}`)).join(', '),
      });
    case 'staff_speak':
    case 'no_staff_speak':
      return t(key, { languages: reason.params.languages.map(languageName).join(', ') });
    case 'open_now':
      return t(key, { available: reason.params.available });
    default:
      return t(key);
  }
}

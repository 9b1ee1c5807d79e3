// The words for 400 invalid_text (the server's http/storable-text.ts) in the reader's language,
// from the values the refusal carries beside its English message: where the character is (a
// body field, a path or query parameter, or a name of one) and which character it is.

type Translate = (key: string, options?: Record<string, unknown>) => string;

const PARTS = ['params', 'query', 'body'] as const;
const KINDS = ['nul', 'lone_surrogate'] as const;
const isOneOf = <T extends string>(list: readonly T[], value: unknown): value is T =>
  typeof value === 'string' && (list as readonly string[]).includes(value);

function whereKey(part: (typeof PARTS)[number], inKey: boolean, named: boolean): string {
  if (part === 'body') {
    if (inKey) return named ? 'bodyKey' : 'bodyKeyWhole';
    return named ? 'body' : 'bodyWhole';
  }
  return inKey ? `${part}Key` : part;
}

/** The refusal in words, or null when its values are missing (the caller keeps the message). */
export function wordUnstorableText(
  t: Translate,
  details: Readonly<Record<string, unknown>>,
): string | null {
  const { part, field, inKey, codePoint, kind, line } = details;
  if (!isOneOf(PARTS, part) || !isOneOf(KINDS, kind) || typeof codePoint !== 'string') {
    return null;
  }
  const named = typeof field === 'string' && field !== '';
  return t('apiErrors.invalid_text', {
    where: t(`unstorableText.${whereKey(part, inKey === true, named)}`, { field }),
    character: t(`unstorableText.${kind}`, { codePoint }),
    line: typeof line === 'number' ? t('unstorableText.line', { line }) : '',
  });
}

// Words shared by the screens for releases, duties and standing acceptances.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { DataCategory } from '../../../../domain/vocabulary.js';
import { ApiError } from '../../api';
import { useDescribeError } from '../../hooks';
import { en } from '../../i18n/en';

type ReleaseErrorCode = keyof typeof en.releases.errors;
const isReleaseErrorCode = (code: string): code is ReleaseErrorCode =>
  Object.hasOwn(en.releases.errors, code);

/**
 * Words for an error in the person's language when this feature knows its code; otherwise the
 * shared wording, which keeps a refusal's own message (it names whom to ask).
 */
export function useDescribeReleaseError(): (error: unknown) => string {
  const { t } = useTranslation();
  const describe = useDescribeError();
  return useCallback(
    (error: unknown) =>
      error instanceof ApiError && isReleaseErrorCode(error.code)
        ? t(`releases.errors.${error.code}`)
        : describe(error),
    [t, describe],
  );
}

/** "Identity, Contact and location": category names in the reader's language. */
export function useCategoryNames(): (categories: readonly DataCategory[]) => string {
  const { t } = useTranslation();
  return useCallback(
    (categories) => categories.map((c) => t(`dataCategories.${c}`)).join(', '),
    [t],
  );
}

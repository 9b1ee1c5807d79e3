// Small hooks every screen uses: page title, loading API data, error wording.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from './api';
import { en } from './i18n/en';
import { wordUnstorableText } from './unstorable-text';
import { dateTimeFormat } from './intl';

/** Sets the browser tab's title, which is also what a screen reader announces on arrival. */
export function usePageTitle(page: string): void {
  const { t } = useTranslation();
  const title = t('common.pageTitle', { page });
  useEffect(() => {
    document.title = title;
  }, [title]);
}

interface Loaded<T> {
  key: string;
  version: number;
  data: T | undefined;
  error: unknown;
}

/**
 * Loads data for `key` (refetches when the key changes or on reload()). The previous data stays
 * visible while the next load runs, so a list does not flash empty after a save.
 */
export function useApiData<T>(key: string, load: () => Promise<T>) {
  const [version, setVersion] = useState(0);
  const [loaded, setLoaded] = useState<Loaded<T> | null>(null);
  const latestLoad = useRef(load);
  useEffect(() => {
    latestLoad.current = load;
  });
  useEffect(() => {
    let cancelled = false;
    latestLoad.current().then(
      (data) => {
        if (!cancelled) setLoaded({ key, version, data, error: null });
      },
      (error: unknown) => {
        if (!cancelled) setLoaded((before) => ({ key, version, data: before?.data, error }));
      },
    );
    return () => {
      cancelled = true;
    };
  }, [key, version]);
  const reload = useCallback(() => {
    setVersion((current) => current + 1);
  }, []);
  const loading = loaded === null || loaded.key !== key || loaded.version !== version;
  return { data: loaded?.data, error: loading ? null : loaded.error, loading, reload };
}

type TranslatedCode = keyof typeof en.apiErrors;
const isTranslatedCode = (code: string): code is TranslatedCode =>
  Object.hasOwn(en.apiErrors, code);

/** Words for an error, in the person's language when Lantern knows the error's code. */
export function useDescribeError(): (error: unknown) => string {
  const { t } = useTranslation();
  return useCallback(
    (error: unknown) => {
      if (!(error instanceof ApiError)) return t('errors.unexpected');
      if (error.code === 'invalid_text') {
        const translate = (key: string, options?: Record<string, unknown>) =>
          t(key as never, options);
        return wordUnstorableText(translate, error.details) ?? error.message;
      }
      if (isTranslatedCode(error.code)) return t(`apiErrors.${error.code}`);
      return error.message || t('errors.unexpected');
    },
    [t],
  );
}

/** After a failed submit: move to the first field that needs attention. */
export function focusFirstInvalid(form: HTMLFormElement | null): void {
  requestAnimationFrame(() => {
    form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  });
}

/** A calendar date (YYYY-MM-DD) in the reader's language, without time-zone drift. */
export function formatDate(isoDate: string, language: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return dateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

export function formatDateTime(isoDateTime: string, language: string): string {
  const date = new Date(isoDateTime);
  if (Number.isNaN(date.getTime())) return isoDateTime;
  return dateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

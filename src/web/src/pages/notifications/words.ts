// The notification words for the screens: the pure wording (notice-words.ts) bound to the
// reader's language.
import { useTranslation } from 'react-i18next';
import type { Notification } from '../../notifications-api';
import { wordNotice, type Translate } from './notice-words';

export { noticeDestination } from './notice-words';

export function useNotificationWords(): (notification: Notification) => string {
  const { i18n } = useTranslation();
  // Keys are built from the codes notice-words.ts checks, so the typed `t` is set aside here
  // (lint's program does not load the typed keys of i18n/index.ts; tsc's does).
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion
  const translate: Translate = (key, options) => i18n.t(key as never, options);
  return (notification) => wordNotice(translate, i18n.language, notification);
}

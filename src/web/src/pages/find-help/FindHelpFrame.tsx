// The frame of the public pages for youth and families (docs/ARCHITECTURE.md, "Find help"):
// a quick way out, help right now, then the search or one place. No sign-in and nothing kept
// on the device: the search lives in this frame's memory only, never in the address (so not
// in the browser's history) nor in storage, and is gone when the tab closes.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useOutletContext } from 'react-router';
import { i18n, LANGUAGES } from '../../i18n';

/** A page that gives nothing away, as victim-service sites use for their quick exit. */
const NEUTRAL_SITE = 'https://weather.com/';

const NAMES = { en: 'English', es: 'Español' } as const;

export interface FindHelpSearch {
  readonly words: string;
  readonly termId: string;
  readonly page: number;
}

interface FindHelpState {
  readonly search: FindHelpSearch;
  readonly setSearch: (search: FindHelpSearch) => void;
}

export function useFindHelpSearch(): FindHelpState {
  return useOutletContext<FindHelpState>();
}

export function FindHelpFrame() {
  const [search, setSearch] = useState<FindHelpSearch>({ words: '', termId: '', page: 1 });
  return (
    <div className="find-help">
      <div className="find-help-tools">
        <QuickExit />
        <PageLanguage />
      </div>
      <HelpRightNow />
      <Outlet context={{ search, setSearch } satisfies FindHelpState} />
    </div>
  );
}

function QuickExit() {
  const { t } = useTranslation();
  return (
    <>
      <button
        type="button"
        className="quick-exit"
        aria-describedby="quick-exit-hint"
        onClick={() => {
          // replace, not assign: Back does not come back here.
          window.location.replace(NEUTRAL_SITE);
        }}
      >
        {t('findHelp.leave')}
      </button>
      <span id="quick-exit-hint" className="visually-hidden">
        {t('findHelp.leaveHint')}
      </span>
    </>
  );
}

/** Changes the language for this visit only: unlike the header's switch, nothing is stored. */
function PageLanguage() {
  const { t } = useTranslation();
  return (
    <div className="language-toggle" role="group" aria-label={t('findHelp.language')}>
      {LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          aria-pressed={i18n.language === language}
          onClick={() => {
            void i18n.changeLanguage(language);
          }}
        >
          {NAMES[language]}
        </button>
      ))}
    </div>
  );
}

function HelpRightNow() {
  const { t } = useTranslation();
  return (
    <aside className="help-now" aria-label={t('findHelp.rightNow')}>
      <p className="help-now-danger">
        <a href="tel:911">{t('findHelp.danger')}</a>
      </p>
      <p>
        {t('findHelp.hotline')} <a href="tel:+18883737888">{t('findHelp.hotlineCall')}</a>{' '}
        {t('findHelp.or')} <a href="sms:233733">{t('findHelp.hotlineText')}</a>.
      </p>
      <p className="muted">{t('findHelp.privacy')}</p>
    </aside>
  );
}

// The published resource guide: public (no sign-in), in English or Spanish whatever the screen's
// language, grouped by need, printable, and as a PDF. Confidential locations give no address.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { getGuide, guidePdfUrl } from '../../api';
import { ErrorMessage, Loading } from '../../components/Messages';
import { formatDate, useApiData, useDescribeError, usePageTitle } from '../../hooks';
import { currentLanguage, LANGUAGES } from '../../i18n';
import type { GuideService, Language } from '../../types';
import { languageNames } from '../../../../domain/language-names.js';
import { telHref } from '../../validation';
import { webAddress } from '../directory/hsds';

const NAMES = { en: 'English', es: 'Español' } as const;

export function GuidePage() {
  const { t, i18n } = useTranslation();
  const describeError = useDescribeError();
  const languageLabelId = useId();
  const [params, setParams] = useSearchParams();
  const asked = params.get('language');
  // The guide's own language: chosen here, else the screen's.
  const language: Language = LANGUAGES.find((l) => l === asked) ?? currentLanguage();
  const say = i18n.getFixedT(language);
  usePageTitle(say('guide.title'));
  const guide = useApiData(`guide:${language}`, () => getGuide(language));
  const data = guide.data?.language === language ? guide.data : undefined;

  return (
    <>
      <div lang={language} className="guide">
        <h1>{say('guide.title')}</h1>
        <p className="lead">{say('guide.intro')}</p>
        {data ? (
          <p className="muted">
            {say('guide.generated', { date: formatDate(data.generatedAt.slice(0, 10), language) })}
          </p>
        ) : null}
      </div>
      <div className="guide-tools no-print">
        <span id={languageLabelId} className="tools-label">
          {t('guide.language')}
        </span>
        <div className="language-toggle" role="group" aria-labelledby={languageLabelId}>
          {LANGUAGES.map((choice) => (
            <button
              key={choice}
              type="button"
              lang={choice}
              aria-pressed={language === choice}
              onClick={() => {
                setParams({ language: choice }, { replace: true });
              }}
            >
              {NAMES[choice]}
            </button>
          ))}
        </div>
        <button
          type="button"
          onClick={() => {
            window.print();
          }}
        >
          {t('guide.print')}
        </button>
        <a className="button-link" href={guidePdfUrl(language)}>
          {t('guide.pdf')}
          <span className="visually-hidden"> ({NAMES[language]})</span>
        </a>
      </div>

      <ErrorMessage>{guide.error ? describeError(guide.error) : null}</ErrorMessage>
      {!data && guide.loading ? <Loading label={t('common.loading')} /> : null}
      <div lang={language} className="guide">
        {data ? (
          data.sections.length === 0 && data.other.length === 0 ? (
            <p>{say('guide.empty')}</p>
          ) : (
            <>
              <nav className="guide-contents no-print" aria-labelledby="guide-contents">
                <h2 id="guide-contents">{say('guide.contents')}</h2>
                <ul>
                  {data.sections.map((section) => (
                    <li key={section.need}>
                      <a href={`#guide-${section.need}`}>{section.label}</a>
                    </li>
                  ))}
                  {data.other.length > 0 ? (
                    <li>
                      <a href="#guide-other">{say('guide.other')}</a>
                    </li>
                  ) : null}
                </ul>
              </nav>
              {data.sections.map((section) => (
                <GuideSection
                  key={section.need}
                  id={`guide-${section.need}`}
                  heading={section.label}
                  services={section.services}
                  language={language}
                />
              ))}
              {data.other.length > 0 ? (
                <GuideSection
                  id="guide-other"
                  heading={say('guide.other')}
                  services={data.other}
                  language={language}
                />
              ) : null}
            </>
          )
        ) : null}
      </div>
    </>
  );
}

function GuideSection(props: {
  id: string;
  heading: string;
  services: readonly GuideService[];
  language: Language;
}) {
  return (
    <section className="guide-section" aria-labelledby={props.id}>
      <h2 id={props.id} tabIndex={-1}>
        {props.heading}
      </h2>
      <ul className="guide-entries">
        {props.services.map((service) => (
          <li key={service.id}>
            <GuideEntry service={service} language={props.language} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function GuideEntry(props: { service: GuideService; language: Language }) {
  const { service, language } = props;
  const { i18n } = useTranslation();
  const say = i18n.getFixedT(language);
  const headingId = useId();
  const website = webAddress(service.url);
  const { minimumAge: min, maximumAge: max } = service;
  const ages =
    min !== null && max !== null
      ? say('directory.agesRange', { min, max })
      : min !== null
        ? say('directory.agesFrom', { min })
        : max !== null
          ? say('directory.agesTo', { max })
          : null;
  return (
    <article className="guide-entry" aria-labelledby={headingId}>
      <h3 id={headingId}>{service.name}</h3>
      {service.organizationName ? <p className="muted">{service.organizationName}</p> : null}
      {service.description ? <p>{service.description}</p> : null}
      <dl className="details">
        {service.phone ? (
          <div>
            <dt>{say('guide.phone')}</dt>
            <dd>
              <a href={telHref(service.phone)}>{service.phone}</a>
            </dd>
          </div>
        ) : null}
        <div>
          <dt>{say('guide.address')}</dt>
          <dd>
            {service.confidential || service.address === null ? (
              service.confidential ? (
                <strong>{say('guide.confidential')}</strong>
              ) : (
                say('directory.noAddress')
              )
            ) : (
              service.address
            )}
          </dd>
        </div>
        {ages ? (
          <div>
            <dt>{say('guide.ages')}</dt>
            <dd>{ages}</dd>
          </div>
        ) : null}
        {service.languages.length > 0 ? (
          <div>
            <dt>{say('guide.languages')}</dt>
            <dd>{languageNames(service.languages, service.languageCodes, language).join(', ')}</dd>
          </div>
        ) : null}
        {website ? (
          <div>
            <dt>{say('guide.website')}</dt>
            <dd>
              <a href={website}>{website}</a>
            </dd>
          </div>
        ) : null}
        {service.email ? (
          <div>
            <dt>{say('guide.email')}</dt>
            <dd>
              <a href={`mailto:${service.email}`}>{service.email}</a>
            </dd>
          </div>
        ) : null}
      </dl>
    </article>
  );
}

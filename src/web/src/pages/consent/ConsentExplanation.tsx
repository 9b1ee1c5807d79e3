// The words the worker reads with the youth, in English or Spanish whatever the screen's
// language, filled in with the choices made: what sharing means, that help never depends on
// signing, that she can say no or stop it, what each kind of information is, who, until when.
// On paper it stands alone: its header (the form's title, the case, the youth's name) prints in
// the same language as the words, whatever the screen's.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { DataCategory } from '../../../../domain/vocabulary.js';
import { formatDate } from '../../hooks';
import type { Language, Organization, YouthIdentity } from '../../types';
import { youthName } from '../youth/names';

const NAMES = { en: 'English', es: 'Español' } as const;

export function ConsentExplanation(props: {
  language: Language;
  onLanguage: (language: Language) => void;
  recipients: readonly Organization[];
  categories: readonly DataCategory[];
  purpose: string;
  expiresAt: string;
  explainerName: string;
  caseNumber: string;
  /** null when identity is withheld from the caller. */
  identity: YouthIdentity | null;
}) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const { language } = props;
  // The explanation's own language, independent of the screen's.
  const say = i18n.getFixedT(language);
  const purpose = props.purpose.trim();
  const name = props.identity ? youthName(props.identity, say) : null;
  return (
    <section className="consent-explanation print-area" aria-labelledby={headingId}>
      <div className="explanation-tools no-print">
        <h2 id={headingId}>{t('consent.explanationHeading')}</h2>
        <p>{t('consent.explanationIntro')}</p>
        <div className="language-toggle" role="group" aria-label={t('consent.explanationLanguage')}>
          {(['en', 'es'] as const).map((choice) => (
            <button
              key={choice}
              type="button"
              lang={choice}
              aria-pressed={language === choice}
              onClick={() => {
                props.onLanguage(choice);
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
          {t('consent.print')}
        </button>
      </div>

      <div lang={language} className="explanation-text">
        <div className="print-only print-header">
          <p className="print-title">{say('consent.title')}</p>
          <p>
            {say('record.heading', { caseNumber: props.caseNumber })}
            {name ? ` · ${name}` : ''}
          </p>
        </div>
        <h3>{say('consentExplanation.heading')}</h3>
        <p>{say('consentExplanation.intro')}</p>
        <p>
          {purpose
            ? say('consentExplanation.sharingMeans', { purpose })
            : say('consentExplanation.sharingMeansNoPurpose')}
        </p>
        <p>
          <strong>{say('consentExplanation.servicesNeverDepend')}</strong>
        </p>
        <p>{say('consentExplanation.sayNo')}</p>
        <p>{say('consentExplanation.revoke')}</p>

        <h4>{say('consentExplanation.whatHeading')}</h4>
        {props.categories.length === 0 ? (
          <p>{say('consentExplanation.noneChosen')}</p>
        ) : (
          <ul>
            {props.categories.map((category) => (
              <li key={category}>
                <strong>{say(`dataCategories.${category}`)}</strong>:{' '}
                {say(`dataCategoryMeanings.${category}`)}
              </li>
            ))}
          </ul>
        )}

        <h4>{say('consentExplanation.whoHeading')}</h4>
        {props.recipients.length === 0 ? (
          <p>{say('consentExplanation.noneChosen')}</p>
        ) : (
          <ul>
            {props.recipients.map((organization) => (
              <li key={organization.id}>
                {organization.name} ({say(`organizationTypes.${organization.type}`)})
              </li>
            ))}
          </ul>
        )}

        <h4>{say('consentExplanation.untilHeading')}</h4>
        <p>
          {props.expiresAt
            ? say('consentExplanation.until', { date: formatDate(props.expiresAt, language) })
            : say('consentExplanation.noDate')}
        </p>

        <p>{say('consentExplanation.privateStays')}</p>
        <p>{say('consentExplanation.mustReport')}</p>
        <p>{say('consentExplanation.questions')}</p>

        <div className="signatures print-only">
          <p>{say('consentExplanation.signature')} ____________________________</p>
          <p>{say('consentExplanation.date')} ____________________</p>
          <p>{say('consentExplanation.explainedBy', { name: props.explainerName })}</p>
        </div>
      </div>
    </section>
  );
}

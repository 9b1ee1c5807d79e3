// What a person is not shown, said plainly: whose information, why, and whom to ask.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CategoryView, Contact } from '../../types';
import { telHref } from '../../validation';

type Withheld = CategoryView['withheld'][number];

/**
 * One organization's withheld information. `about` names the kinds of information it covers
 * where the panel stands for several (the record's summary); its heading sits one level below
 * the section it is in.
 */
export function WithheldPanel(props: { withheld: Withheld; about?: string; headingLevel?: 3 | 4 }) {
  const { withheld } = props;
  const { t } = useTranslation();
  const headingId = useId();
  const Heading = props.headingLevel === 4 ? 'h4' : 'h3';
  return (
    <article className="withheld" aria-labelledby={headingId}>
      <Heading id={headingId}>
        <span className="badge badge-warn">{t('withheld.badge')}</span>{' '}
        {t('withheld.heading', { organization: withheld.organizationName })}
      </Heading>
      {props.about ? (
        <p>{t('recordNav.summary.withheldAbout', { categories: props.about })}</p>
      ) : null}
      <p>{t(`denialReasons.${withheld.reason}`)}</p>
      {withheld.ask ? (
        <>
          <p>{t('withheld.askIntro')}</p>
          <ContactDetails contact={withheld.ask} />
        </>
      ) : (
        <p>{t('withheld.noContact')}</p>
      )}
    </article>
  );
}

export function ContactDetails({ contact }: { contact: Contact }) {
  const { t } = useTranslation();
  return (
    <dl className="contact">
      <div>
        <dt>{t('withheld.name')}</dt>
        <dd>
          {contact.name}
          {contact.title ? `, ${contact.title}` : ''}
        </dd>
      </div>
      <div>
        <dt>{t('withheld.organization')}</dt>
        <dd>{contact.organizationName}</dd>
      </div>
      {contact.phone ? (
        <div>
          <dt>{t('pointPersons.phone')}</dt>
          <dd>
            <a href={telHref(contact.phone)}>{contact.phone}</a>
          </dd>
        </div>
      ) : null}
      {contact.afterHoursPhone ? (
        <div>
          <dt>{t('pointPersons.afterHoursPhone')}</dt>
          <dd>
            <a href={telHref(contact.afterHoursPhone)}>{contact.afterHoursPhone}</a>
          </dd>
        </div>
      ) : null}
      {contact.email ? (
        <div>
          <dt>{t('pointPersons.email')}</dt>
          <dd>
            <a href={`mailto:${contact.email}`}>{contact.email}</a>
          </dd>
        </div>
      ) : null}
    </dl>
  );
}

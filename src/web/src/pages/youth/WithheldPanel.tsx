// What a person is not shown, said plainly: whose information, why, and whom to ask.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CategoryView, Contact } from '../../types';
import { telHref } from '../../validation';

type Withheld = CategoryView['withheld'][number];

export function WithheldPanel({ withheld }: { withheld: Withheld }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <article className="withheld" aria-labelledby={headingId}>
      <h3 id={headingId}>
        <span className="badge badge-warn">{t('withheld.badge')}</span>{' '}
        {t('withheld.heading', { organization: withheld.organizationName })}
      </h3>
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

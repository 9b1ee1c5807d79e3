// The parts of a service's page read from its record: who it serves, contact and hours, where,
// costs, and how it has answered referrals.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DirectoryServiceDetail } from '../../types';
import { languageNames } from '../../../../domain/language-names.js';
import { telHref } from '../../validation';
import { agesText, formatNumber } from './format';
import {
  clockTime,
  costsOf,
  dayName,
  documentsOf,
  hoursOf,
  phonesOf,
  text,
  webAddress,
} from './hsds';

type Props = { service: DirectoryServiceDetail };

export function Eligibility({ service }: Props) {
  const { t, i18n } = useTranslation();
  const conditions = text(service.hsds.eligibility_description);
  return (
    <section aria-labelledby="service-eligibility">
      <h2 id="service-eligibility">{t('servicePage.eligibility')}</h2>
      <dl className="details">
        <div>
          <dt>{t('directory.ages')}</dt>
          <dd>{agesText(service, t)}</dd>
        </div>
        {conditions ? (
          <div>
            <dt>{t('servicePage.conditions')}</dt>
            <dd>{conditions}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('servicePage.genders')}</dt>
          <dd>
            {service.genders && service.genders.length > 0
              ? service.genders.join(', ')
              : t('servicePage.anyGender')}
          </dd>
        </div>
        {service.lgbtqAffirming ? (
          <div>
            <dt>{t('servicePage.lgbtq')}</dt>
            <dd>{t('servicePage.yes')}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('servicePage.level')}</dt>
          <dd>{t(`directory.levels.${service.level}`)}</dd>
        </div>
        <div>
          <dt>{t('servicePage.setting')}</dt>
          <dd>
            {service.groupSetting
              ? t(`directory.cohortRules.${service.cohortRule}`)
              : t('servicePage.notGroup')}
          </dd>
        </div>
        <div>
          <dt>{t('directory.languages')}</dt>
          <dd>
            {service.languages.length > 0
              ? languageNames(service.languages, service.languageCodes, i18n.language).join(', ')
              : t('directory.noLanguages')}
          </dd>
        </div>
        <div>
          <dt>{t('servicePage.areas')}</dt>
          <dd>
            {service.serviceAreas.length > 0
              ? service.serviceAreas.join(', ')
              : t('servicePage.anyArea')}
          </dd>
        </div>
      </dl>
      <h3>{t('servicePage.csecTraining')}</h3>
      <p>{service.csecTraining ?? t('servicePage.noCsecTraining')}</p>
    </section>
  );
}

export function ContactAndHours({ service }: Props) {
  const { t, i18n } = useTranslation();
  const phones = phonesOf(service);
  const email = text(service.hsds.email);
  const website = webAddress(service.hsds.url);
  const hours = hoursOf(service.hsds);
  return (
    <section aria-labelledby="service-contact">
      <h2 id="service-contact">{t('servicePage.contact')}</h2>
      {phones.length === 0 ? (
        <p>
          {t('servicePage.noPhone')}{' '}
          <Link to="/point-persons">{t('servicePage.pointPersons')}</Link>
        </p>
      ) : null}
      <dl className="contact">
        {phones.map((phone) => (
          <div key={phone.number}>
            <dt>{phone.description ?? t('directory.phone')}</dt>
            <dd>
              <a
                href={telHref(
                  phone.extension ? `${phone.number} x${phone.extension}` : phone.number,
                )}
              >
                {phone.number}
                {phone.extension ? ` x${phone.extension}` : ''}
              </a>
            </dd>
          </div>
        ))}
        {email ? (
          <div>
            <dt>{t('servicePage.email')}</dt>
            <dd>
              <a href={`mailto:${email}`}>{email}</a>
            </dd>
          </div>
        ) : null}
        {website ? (
          <div>
            <dt>{t('servicePage.website')}</dt>
            <dd>
              <a href={website} rel="noreferrer" target="_blank">
                {website}
              </a>
            </dd>
          </div>
        ) : null}
      </dl>
      <h3>{t('servicePage.hours')}</h3>
      {service.open24Hours ? (
        // Seven lines of "12:00 AM to 11:59 PM" say less than this.
        <p>{t('servicePage.open24Hours')}</p>
      ) : hours.length === 0 ? (
        <p>{t('servicePage.noHours')}</p>
      ) : (
        <ul className="hours">
          {hours.map((entry, index) => {
            const days = entry.days.map((day) => dayName(day, i18n.language)).join(', ');
            const times =
              entry.opensAt && entry.closesAt
                ? t('servicePage.timeRange', {
                    opens: clockTime(entry.opensAt, i18n.language),
                    closes: clockTime(entry.closesAt, i18n.language),
                  })
                : null;
            const line = [days, times].filter(Boolean).join(': ');
            return (
              <li key={index}>
                {entry.where ? <strong>{entry.where}: </strong> : null}
                {entry.description ?? line}
                {entry.description && line ? ` (${line})` : null}
                {entry.notes ? <span className="muted"> {entry.notes}</span> : null}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

export function Locations({ service }: Props) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="service-where">
      <h2 id="service-where">{t('servicePage.where')}</h2>
      {service.locations.length === 0 ? <p>{t('servicePage.noLocation')}</p> : null}
      <ul className="plain-list locations">
        {service.locations.map((location, index) => (
          <li key={index}>
            {location.address === null && location.confidential ? (
              <p className="message message-notice confidential">
                {t('servicePage.confidentialNotice')}
              </p>
            ) : (
              <>
                {location.name ? <p className="location-name">{location.name}</p> : null}
                <p>{location.address ?? t('directory.noAddress')}</p>
                {location.confidential ? (
                  <p className="message message-notice">{t('servicePage.confidentialShown')}</p>
                ) : null}
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function CostsAndDocuments({ service }: Props) {
  const { t } = useTranslation();
  const costs = costsOf(service.hsds);
  const documents = documentsOf(service.hsds);
  const applying = text(service.hsds.application_process);
  if (costs.length === 0 && documents.length === 0 && !applying) return null;
  return (
    <section aria-labelledby="service-costs">
      <h2 id="service-costs">
        {costs.length > 0 ? t('servicePage.costs') : t('servicePage.documents')}
      </h2>
      {applying ? <p>{applying}</p> : null}
      {costs.length > 0 ? (
        <ul>
          {costs.map((cost, index) => (
            <li key={index}>{cost}</li>
          ))}
        </ul>
      ) : null}
      {documents.length > 0 ? (
        <>
          {costs.length > 0 ? <h3>{t('servicePage.documents')}</h3> : null}
          <ul>
            {documents.map((doc, index) => (
              <li key={index}>
                {doc.uri ? (
                  <a href={doc.uri} rel="noreferrer" target="_blank">
                    {doc.document}
                  </a>
                ) : (
                  doc.document
                )}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

export function ReferralFigures({ service }: Props) {
  const { t, i18n } = useTranslation();
  const { stats } = service;
  const percent = (rate: number | null) =>
    rate === null
      ? t('servicePage.notYet')
      : t('servicePage.percent', { value: formatNumber(Math.round(rate * 100), i18n.language) });
  const figures: [string, string][] = [
    [t('servicePage.received'), formatNumber(stats.received, i18n.language)],
    [t('servicePage.acceptanceRate'), percent(stats.acceptanceRate)],
    [
      t('servicePage.medianHours'),
      stats.medianHoursToFirstResponse === null
        ? t('servicePage.notYet')
        : t('servicePage.hoursValue', {
            value: formatNumber(stats.medianHoursToFirstResponse, i18n.language),
          }),
    ],
    [t('servicePage.completionRate'), percent(stats.completionRate)],
    [t('servicePage.overdueNow'), formatNumber(stats.overdueNow, i18n.language)],
  ];
  return (
    <section aria-labelledby="service-figures">
      <h2 id="service-figures">{t('servicePage.figures')}</h2>
      <p>{t('servicePage.figuresIntro')}</p>
      <dl className="figures">
        {figures.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {service.acceptsReferrals ? (
        <p className="muted">
          {t('servicePage.answersWithin', { days: service.responseBusinessDays })}
        </p>
      ) : null}
    </section>
  );
}

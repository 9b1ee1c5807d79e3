import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { PointPerson } from '../../types';
import { telHref } from '../../validation';

export function PointPersonCard(props: {
  pointPerson: PointPerson;
  onEdit?: (() => void) | undefined;
}) {
  const { pointPerson, onEdit } = props;
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <article className="card" aria-labelledby={headingId}>
      <h3 id={headingId}>{pointPerson.name}</h3>
      {pointPerson.title ? <p className="muted">{pointPerson.title}</p> : null}
      {pointPerson.active ? null : <p className="badge badge-off">{t('common.inactive')}</p>}
      <p className="function">{pointPerson.function}</p>
      <p>
        {pointPerson.organizationName} ({t(`organizationTypes.${pointPerson.organizationType}`)}),{' '}
        {pointPerson.jurisdictionName}
      </p>
      <dl className="contact">
        {pointPerson.phone ? (
          <div>
            <dt>{t('pointPersons.phone')}</dt>
            <dd>
              <a href={telHref(pointPerson.phone)}>{pointPerson.phone}</a>
            </dd>
          </div>
        ) : null}
        {pointPerson.afterHoursPhone ? (
          <div>
            <dt>{t('pointPersons.afterHoursPhone')}</dt>
            <dd>
              <a href={telHref(pointPerson.afterHoursPhone)}>{pointPerson.afterHoursPhone}</a>
            </dd>
          </div>
        ) : null}
        {pointPerson.email ? (
          <div>
            <dt>{t('pointPersons.email')}</dt>
            <dd>
              <a href={`mailto:${pointPerson.email}`}>{pointPerson.email}</a>
            </dd>
          </div>
        ) : null}
      </dl>
      {pointPerson.notes ? <p className="notes">{pointPerson.notes}</p> : null}
      {onEdit ? (
        <button type="button" onClick={onEdit}>
          {t('common.edit')}
          <span className="visually-hidden"> {pointPerson.name}</span>
        </button>
      ) : null}
    </article>
  );
}

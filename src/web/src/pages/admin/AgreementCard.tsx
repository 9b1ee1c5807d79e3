import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../hooks';
import type { Agreement } from '../../types';

export function AgreementCard(props: {
  agreement: Agreement;
  organizationNames: ReadonlyMap<string, string>;
  onEdit: (() => void) | undefined;
}) {
  const { agreement, organizationNames, onEdit } = props;
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const parties = agreement.organizationIds.map(
    (id) => organizationNames.get(id) ?? t('agreements.unknownOrganization'),
  );
  const dates = agreement.endsOn
    ? t('agreements.dateRange', {
        from: formatDate(agreement.startsOn, i18n.language),
        to: formatDate(agreement.endsOn, i18n.language),
      })
    : t('agreements.dateOpen', { from: formatDate(agreement.startsOn, i18n.language) });
  return (
    <article className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{agreement.title}</h2>
      <p className={agreement.current ? 'badge badge-on' : 'badge badge-off'}>
        {agreement.current ? t('agreements.inForce') : t('agreements.notInForce')}
      </p>
      <p>{agreement.purpose}</p>
      <dl className="details">
        <div>
          <dt>{t('agreements.parties')}</dt>
          <dd>{parties.join(', ')}</dd>
        </div>
        <div>
          <dt>{t('agreements.categories')}</dt>
          <dd>
            {agreement.categories.map((category) => t(`dataCategories.${category}`)).join(', ')}
          </dd>
        </div>
        <div>
          <dt>{t('agreements.dates')}</dt>
          <dd>{dates}</dd>
        </div>
      </dl>
      {onEdit ? (
        <button type="button" onClick={onEdit}>
          {t('common.edit')}
          <span className="visually-hidden"> {agreement.title}</span>
        </button>
      ) : null}
    </article>
  );
}

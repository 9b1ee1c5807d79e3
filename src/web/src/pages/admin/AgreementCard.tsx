import { useId } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../hooks';
import type { Agreement } from '../../types';
import { useCategoryNames } from '../releases/words';

export function AgreementCard(props: {
  agreement: Agreement;
  organizationNames: ReadonlyMap<string, string>;
  onEdit: (() => void) | undefined;
  /** The signed-in party's own standing acceptance form, when it may set one. */
  children?: ReactNode;
}) {
  const { agreement, organizationNames, onEdit } = props;
  const { t, i18n } = useTranslation();
  const categoryNames = useCategoryNames();
  const headingId = useId();
  const name = (id: string) => organizationNames.get(id) ?? t('agreements.unknownOrganization');
  const parties = agreement.organizationIds.map(name);
  const standing = agreement.standingAcceptances.filter(
    (s) => s.categories.length > 0 && s.recipientOrganizationIds.length > 0,
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
        <div>
          <dt>{t('standing.heading')}</dt>
          <dd>
            {standing.length === 0 ? (
              t('standing.none')
            ) : (
              <ul>
                {standing.map((s) => (
                  <li key={s.holderOrganizationId}>
                    {t('standing.item', {
                      holder: name(s.holderOrganizationId),
                      categories: categoryNames(s.categories),
                      partners: s.recipientOrganizationIds.map(name).join(', '),
                    })}
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </div>
      </dl>
      {props.children}
      {onEdit ? (
        <button type="button" onClick={onEdit}>
          {t('common.edit')}
          <span className="visually-hidden"> {agreement.title}</span>
        </button>
      ) : null}
    </article>
  );
}

// The case timeline on the youth record: what happened, newest first and by day in the reader's
// time zone, each entry only as the server decided the reader may see it. Task clocks read met,
// missed by how much, overdue, or due in how much.
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { ErrorMessage, Loading } from '../../../components/Messages';
import { formatDate, formatDateTime, useApiData, useDescribeError } from '../../../hooks';
import { inLanguage } from '../../../screening-api';
import { getTimeline, type TimelineEntry } from '../../../timeline-api';
import { clockBadge, clockText } from './clock';
import { dateTimeFormat } from '../../../intl';

const ICONS: Record<TimelineEntry['entry'], string> = {
  event: '◆',
  task: '⏱',
  referral: '➜',
  consent: '✎',
  note: '✉',
  privileged_note: '🔒',
  screening: '☑',
  safety_plan: '⛨',
};

/** The reader's own calendar day of an instant, so entries group as the reader lives them. */
const localDay = (iso: string) => new Date(iso).toLocaleDateString('en-CA');

export function TimelineSection({ youthId }: { youthId: string }) {
  const { t, i18n } = useTranslation();
  const describeError = useDescribeError();
  const timeline = useApiData(`timeline:${youthId}`, () => getTimeline(youthId));
  if (timeline.error) return <ErrorMessage>{describeError(timeline.error)}</ErrorMessage>;
  if (!timeline.data) return <Loading label={t('common.loading')} />;
  const { entries, withheld } = timeline.data;
  const days: { day: string; entries: TimelineEntry[] }[] = [];
  for (const entry of entries) {
    const day = localDay(entry.at);
    const last = days.at(-1);
    if (last?.day === day) last.entries.push(entry);
    else days.push({ day, entries: [entry] });
  }
  const dayHeading = (iso: string) =>
    dateTimeFormat(i18n.language, { dateStyle: 'full' }).format(new Date(iso));
  return (
    <div className="timeline">
      <p>{t('timeline.intro')}</p>
      {days.length === 0 ? <p>{t('timeline.empty')}</p> : null}
      {days.map(({ day, entries: onDay }) => (
        <section key={day} aria-labelledby={`timeline-${day}`}>
          <h3 id={`timeline-${day}`}>{dayHeading(onDay[0]?.at ?? day)}</h3>
          <ul className="notes">
            {onDay.map((entry) => (
              <li key={`${entry.entry}:${entry.id}`} className="note">
                <p>
                  <span aria-hidden="true">{ICONS[entry.entry]} </span>
                  <strong>{t(`timeline.kinds.${entry.entry}`)}</strong>
                  {' · '}
                  <time dateTime={entry.at}>
                    {dateTimeFormat(i18n.language, { timeStyle: 'short' }).format(
                      new Date(entry.at),
                    )}
                  </time>
                </p>
                <EntryBody entry={entry} t={t} language={i18n.language} />
              </li>
            ))}
          </ul>
        </section>
      ))}
      {withheld.length > 0 ? (
        <>
          <h3>{t('timeline.withheldHeading')}</h3>
          <ul>
            {withheld.map((w) => (
              <li key={`${w.category}:${w.organizationId}`}>
                {t('timeline.withheldItem', {
                  category: t(`dataCategories.${w.category}`),
                  organization: w.organizationName,
                })}
              </li>
            ))}
          </ul>
          <p className="muted">{t('timeline.withheldHelp')}</p>
        </>
      ) : null}
    </div>
  );
}

function EntryBody({
  entry,
  t,
  language,
}: {
  entry: TimelineEntry;
  t: TFunction;
  language: string;
}) {
  const when = (iso: string) => formatDateTime(iso, language);
  switch (entry.entry) {
    case 'event': {
      const where = typeof entry.details.where === 'string' ? entry.details.where : null;
      const late = Date.parse(entry.recordedAt) - Date.parse(entry.occurredAt) > 15 * 60_000;
      return (
        <>
          <p>{t(`timeline.eventTypes.${entry.type}`)}</p>
          {where ? <p>{t('timeline.where', { where })}</p> : null}
          <p className="muted">
            {t('timeline.recordedBy', {
              name: entry.recordedByName,
              organization: entry.recordedByOrganizationName,
            })}
            {late ? `; ${t('timeline.recordedLate', { when: when(entry.recordedAt) })}` : null}
          </p>
        </>
      );
    }
    case 'task':
      return (
        <>
          <p>
            {entry.title}{' '}
            <span className={clockBadge[entry.clock.state]}>{clockText(entry.clock, t)}</span>
          </p>
          <p className="muted">
            {t('timeline.assignedTo', {
              organization: entry.assigneeOrganizationName,
              due: when(entry.dueAt),
            })}
            {entry.escalations > 0
              ? ` · ${t('timeline.escalated', { count: entry.escalations })}`
              : null}
          </p>
        </>
      );
    case 'referral':
      return (
        <>
          <p>
            {t('timeline.referral', {
              service: entry.serviceName,
              sender: entry.senderOrganizationName,
              receiver: entry.receiverOrganizationName,
            })}{' '}
            <span className="badge">{t(`referrals.statuses.${entry.status}`)}</span>
          </p>
          {entry.automatic ? <p className="muted">{t('timeline.automatic')}</p> : null}
        </>
      );
    case 'consent':
      return (
        <>
          <p>
            {t('timeline.consent', {
              organization: entry.recordedByOrganizationName,
              recipients: entry.recipientOrganizationNames.join(', '),
              categories: entry.categories.map((c) => t(`dataCategories.${c}`)).join(', '),
            })}
          </p>
          <p className="muted">
            {t('timeline.consentDates', {
              signed: formatDate(entry.signedOn, language),
              expires: formatDate(entry.expiresOn, language),
            })}
            {entry.revokedAt
              ? ` · ${t('timeline.revoked', { date: when(entry.revokedAt) })}`
              : null}
          </p>
        </>
      );
    case 'note':
      return (
        <p>
          {t('timeline.note', {
            category: t(`dataCategories.${entry.category}`),
            organization: entry.authorOrganizationName,
          })}
        </p>
      );
    case 'privileged_note':
      return <p>{t('timeline.privilegedNote', { organization: entry.authorOrganizationName })}</p>;
    case 'screening':
      return (
        <>
          <p>
            {t('timeline.screening', {
              instrument: inLanguage(entry.instrumentName, language) || entry.instrumentKey,
              result: entry.positive ? t('screening.positive') : t('screening.negative'),
            })}
          </p>
          <p className="muted">
            {t('timeline.screeningBy', {
              name: entry.administeredByName,
              organization: entry.administeredByOrganizationName,
            })}
          </p>
        </>
      );
    case 'safety_plan':
      return (
        <>
          <p>
            {t('timeline.safetyPlan', {
              type: t(`safetyPlans.types.${entry.type}`),
              organization: entry.authorOrganizationName,
              version: entry.version,
            })}
          </p>
          <p className="muted">{t('timeline.safetyPlanBy', { name: entry.savedByName })}</p>
        </>
      );
  }
}

// One youth's record: what the caller may see, category by category, whom to ask for the rest,
// the case team, privileged notes for the caseworkers who hold them, and emergency access.
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { DATA_CATEGORIES } from '../../../../domain/vocabulary.js';
import type { DataCategory } from '../../../../domain/vocabulary.js';
import { ApiError, getYouth } from '../../api';
import { ErrorMessage, Loading } from '../../components/Messages';
import { formatDate, useApiData, useDescribeError, usePageTitle } from '../../hooks';
import type { YouthRecord } from '../../types';
import { CategorySection } from './CategorySection';
import { ContactsSection } from './contacts/ContactsSection';
import { DocumentsSection } from './documents/DocumentsSection';
import { EmergencyAccessSection } from './EmergencyAccessSection';
import { SealPanel } from './seal/SealPanel';
import { EventsSection } from './events/EventsSection';
import { MissingBanner } from './missing/MissingBanner';
import { BirthYearFlag } from './BirthYearFlag';
import { youthName } from './names';
import { OverviewSection } from './OverviewSection';
import { PrivilegedSection } from './PrivilegedSection';
import { RecordSection } from './records/RecordSection';
import { RecordStatusBanner } from './records/RecordStatusBanner';
import { SafetyPlansSection } from './safety-plans/SafetyPlansSection';
import { ScreeningSection } from './screening/ScreeningSection';
import { ServicesSection } from './ServicesSection';
import { TeamSection } from './TeamSection';
import { TimelineSection } from './timeline/TimelineSection';

type Section =
  | 'overview'
  | 'events'
  | 'timeline'
  | 'services'
  | 'contacts'
  | 'safetyPlans'
  | 'documents'
  | DataCategory
  | 'team'
  | 'record'
  | 'privileged'
  | 'emergency';

const isCategory = (value: string): value is DataCategory =>
  (DATA_CATEGORIES as readonly string[]).includes(value);

export function YouthRecordPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const describeError = useDescribeError();
  const record = useApiData(`youth:${id}`, () => getYouth(id));
  const youth = record.data?.id === id ? record.data : undefined;
  usePageTitle(youth ? t('record.heading', { caseNumber: youth.caseNumber }) : t('record.title'));

  if (!youth) {
    const { error } = record;
    return (
      <>
        <h1>{t('record.title')}</h1>
        {error ? (
          <ErrorMessage>
            {error instanceof ApiError && error.status === 404
              ? t('record.notFound')
              : describeError(error)}
          </ErrorMessage>
        ) : (
          <Loading label={t('common.loading')} />
        )}
        <p>
          <Link to="/youth">{t('record.backToSearch')}</Link>
        </p>
      </>
    );
  }
  return <RecordView youth={youth} reload={record.reload} />;
}

function RecordView({ youth, reload }: { youth: YouthRecord; reload: () => void }) {
  const { t, i18n } = useTranslation();
  const [params] = useSearchParams();
  const allows = (action: YouthRecord['allowedActions'][number]) =>
    youth.allowedActions.includes(action);
  const writesPrivileged = allows('privilegedNote.write');
  const showsPrivileged = writesPrivileged || allows('privilegedNote.read');

  const sections: Section[] = [
    'overview',
    'events',
    'timeline',
    'services',
    'contacts',
    'safetyPlans',
    'documents',
    ...DATA_CATEGORIES,
    'team',
    'record',
    ...(showsPrivileged ? (['privileged'] as const) : []),
    'emergency',
  ];
  const asked = params.get('section') ?? 'overview';
  const section: Section = sections.find((s) => s === asked) ?? 'overview';
  const label = (s: Section) =>
    s === 'events'
      ? t('events.section')
      : s === 'timeline'
        ? t('timeline.title')
        : s === 'services'
          ? t('referrals.section.title')
          : s === 'contacts'
            ? t('contacts.section')
            : s === 'safetyPlans'
              ? t('safetyPlans.section')
              : s === 'documents'
                ? t('documents.section')
                : s === 'record'
                  ? t('records.section')
                  : isCategory(s)
                    ? t(`dataCategories.${s}`)
                    : t(`record.sections.${s}`);
  const name = youth.identity ? youthName(youth.identity, t) : null;

  return (
    <>
      <p className="breadcrumb">
        <Link to="/youth">{t('record.backToSearch')}</Link>
      </p>
      <h1>{t('record.heading', { caseNumber: youth.caseNumber })}</h1>
      {youth.identity ? (
        <p className="lead">
          {name ?? t('youth.noName')} <BirthYearFlag identity={youth.identity} />
        </p>
      ) : (
        <p>
          <span className="badge badge-off">{t('youth.identityWithheld')}</span>
        </p>
      )}
      <p className="muted">
        {t('record.openedBy', {
          organization: youth.createdByOrganizationName,
          date: formatDate(youth.createdAt.slice(0, 10), i18n.language),
        })}
      </p>
      <RecordStatusBanner youth={youth} />
      <MissingBanner youthId={youth.id} />
      <SealPanel youthId={youth.id} />
      {allows('event.record') ? (
        <p>
          <Link to={`/youth/${encodeURIComponent(youth.id)}/events/new`}>
            {t('events.recordLink')}
          </Link>
        </p>
      ) : null}
      {allows('consent.record') ? (
        <p>
          <Link to={`/youth/${encodeURIComponent(youth.id)}/consent`}>
            {t('record.consentLink')}
          </Link>
        </p>
      ) : null}

      <nav aria-label={t('record.sectionsLabel')} className="section-nav">
        <ul>
          {sections.map((s) => (
            <li key={s}>
              <Link
                to={{ search: s === 'overview' ? '' : `?section=${s}` }}
                aria-current={s === section ? 'page' : undefined}
              >
                {label(s)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      <section aria-labelledby="record-section" className="record-section">
        <h2 id="record-section">{label(section)}</h2>
        {section === 'overview' ? <OverviewSection youth={youth} /> : null}
        {section === 'events' ? <EventsSection youth={youth} /> : null}
        {section === 'timeline' ? <TimelineSection youthId={youth.id} /> : null}
        {section === 'services' ? <ServicesSection youth={youth} /> : null}
        {section === 'contacts' ? <ContactsSection youthId={youth.id} /> : null}
        {section === 'safetyPlans' ? <SafetyPlansSection youth={youth} /> : null}
        {section === 'documents' ? <DocumentsSection youth={youth} /> : null}
        {section === 'screening' ? <ScreeningSection youth={youth} /> : null}
        {isCategory(section) ? (
          <CategorySection key={section} youth={youth} category={section} onChanged={reload} />
        ) : null}
        {section === 'team' ? <TeamSection youth={youth} onChanged={reload} /> : null}
        {section === 'record' ? <RecordSection youth={youth} onChanged={reload} /> : null}
        {section === 'privileged' ? <PrivilegedSection youth={youth} onChanged={reload} /> : null}
        {section === 'emergency' ? (
          <EmergencyAccessSection youth={youth} onChanged={reload} />
        ) : null}
      </section>
    </>
  );
}

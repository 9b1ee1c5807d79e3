// One youth's record: a summary first (the team, what is due, what is withheld and whom to ask),
// then its parts in a few groups (record-sections.ts): what the caller may see, category by
// category, the case team, privileged notes for the caseworkers who hold them, emergency access.
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { ApiError, getYouth } from '../../api';
import { ErrorMessage, Loading } from '../../components/Messages';
import { formatDate, useApiData, useDescribeError, usePageTitle } from '../../hooks';
import type { YouthRecord } from '../../types';
import { CategorySection } from './CategorySection';
import { ConsentsSection } from './ConsentsSection';
import { ContactsSection } from './contacts/ContactsSection';
import { DocumentsSection } from './documents/DocumentsSection';
import { EmergencyAccessSection } from './EmergencyAccessSection';
import { SealPanel } from './seal/SealPanel';
import { EventsSection } from './events/EventsSection';
import { MissingBanner } from './missing/MissingBanner';
import { BirthYearFlag } from './BirthYearFlag';
import { youthName } from './names';
import { PrivilegedSection } from './PrivilegedSection';
import { RecordNav } from './RecordNav';
import { isNoteCategory, placeOf } from './record-sections';
import type { NoteCategory, Section } from './record-sections';
import { RecordSection } from './records/RecordSection';
import { RecordStatusBanner } from './records/RecordStatusBanner';
import { SafetyPlansSection } from './safety-plans/SafetyPlansSection';
import { ScreeningSection } from './screening/ScreeningSection';
import { ServicesSection } from './ServicesSection';
import { SummarySection } from './summary/SummarySection';
import { TeamSection } from './TeamSection';
import { TimelineSection } from './timeline/TimelineSection';

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

/** The heading and link of each part that is not a data category, from its feature's messages. */
const SECTION_LABELS = {
  overview: 'recordNav.groups.summary',
  events: 'events.section',
  timeline: 'timeline.title',
  services: 'referrals.section.title',
  contacts: 'contacts.section',
  safetyPlans: 'safetyPlans.section',
  documents: 'documents.section',
  team: 'record.sections.team',
  consents: 'recordNav.consents',
  record: 'records.section',
  privileged: 'record.sections.privileged',
  emergency: 'record.sections.emergency',
} as const satisfies Record<Exclude<Section, NoteCategory>, string>;

function RecordView({ youth, reload }: { youth: YouthRecord; reload: () => void }) {
  const { t, i18n } = useTranslation();
  const [params] = useSearchParams();
  const allows = (action: YouthRecord['allowedActions'][number]) =>
    youth.allowedActions.includes(action);
  const writesPrivileged = allows('privilegedNote.write');
  const showsPrivileged = writesPrivileged || allows('privilegedNote.read');

  const place = placeOf(params.get('section'), showsPrivileged);
  const { section } = place;
  const label = (s: Section) =>
    isNoteCategory(s) ? t(`dataCategories.${s}`) : t(SECTION_LABELS[s]);
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
      {allows('event.record') || allows('consent.record') ? (
        <p className="record-actions">
          {allows('event.record') ? (
            <Link to={`/youth/${encodeURIComponent(youth.id)}/events/new`}>
              {t('events.recordLink')}
            </Link>
          ) : null}
          {allows('consent.record') ? (
            <Link to={`/youth/${encodeURIComponent(youth.id)}/consent`}>
              {t('record.consentLink')}
            </Link>
          ) : null}
        </p>
      ) : null}

      <div className="record-layout">
        <RecordNav place={place} showsPrivileged={showsPrivileged} label={label} />
        <section aria-labelledby="record-section" className="record-section">
          <h2 id="record-section">{label(section)}</h2>
          {section === 'overview' ? <SummarySection youth={youth} /> : null}
          {section === 'events' ? <EventsSection youth={youth} /> : null}
          {section === 'timeline' ? <TimelineSection youthId={youth.id} /> : null}
          {section === 'services' ? (
            <ServicesSection
              youth={youth}
              onChanged={reload}
              showNotes={place.anchor === 'referral-notes'}
            />
          ) : null}
          {section === 'contacts' ? <ContactsSection youthId={youth.id} /> : null}
          {section === 'safetyPlans' ? <SafetyPlansSection youth={youth} /> : null}
          {section === 'documents' ? <DocumentsSection youth={youth} /> : null}
          {section === 'screening' ? <ScreeningSection youth={youth} /> : null}
          {isNoteCategory(section) ? (
            <CategorySection key={section} youth={youth} category={section} onChanged={reload} />
          ) : null}
          {section === 'team' ? <TeamSection youth={youth} onChanged={reload} /> : null}
          {section === 'consents' ? <ConsentsSection youth={youth} /> : null}
          {section === 'record' ? <RecordSection youth={youth} onChanged={reload} /> : null}
          {section === 'privileged' ? <PrivilegedSection youth={youth} onChanged={reload} /> : null}
          {section === 'emergency' ? (
            <EmergencyAccessSection youth={youth} onChanged={reload} />
          ) : null}
        </section>
      </div>
    </>
  );
}

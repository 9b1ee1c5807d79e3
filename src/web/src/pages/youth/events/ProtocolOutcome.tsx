// What the protocol did when an event was recorded. The protective response comes first and
// plainly: it is what the officer reads at 1:40 a.m. (the child is a victim, not an offender;
// whom to call now; where to take the child). Then the rules that fired and the tasks they gave.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ProtectiveResponse, RecordedEvent } from '../../../work-types';
import { formatMoment } from '../../work/time-words';
import { taskTitle } from '../../../task-title';

export function ProtocolOutcome(props: {
  youthId: string;
  recorded: RecordedEvent;
  onRecordAnother: () => void;
}) {
  const { recorded } = props;
  const { t, i18n } = useTranslation();
  // Focus lands on what to do now (or on what the protocol did), read first by a screen reader.
  const consider = recorded.nonCriminalization?.decision === 'consider_victim_status';
  const first = recorded.protectiveResponse
    ? 'protective-response'
    : consider
      ? 'consider-victim-status'
      : 'protocol-fired';
  useEffect(() => {
    document.getElementById(first)?.focus();
  }, [first]);
  return (
    <>
      {recorded.protectiveResponse ? (
        <ProtectiveResponseView
          response={recorded.protectiveResponse}
          offense={
            recorded.nonCriminalization?.decision === 'covered'
              ? recorded.nonCriminalization.offense
              : null
          }
        />
      ) : null}
      {consider ? (
        <section aria-labelledby="consider-victim-status" className="protective-response">
          <h2 id="consider-victim-status" tabIndex={-1}>
            {t('nonCriminalization.considerHeading')}
          </h2>
          <p className="protective-statement">{t('nonCriminalization.considerVictimStatus')}</p>
        </section>
      ) : null}
      <section aria-labelledby="protocol-fired">
        <h2 id="protocol-fired" tabIndex={-1}>
          {t('events.firedHeading')}
        </h2>
        {recorded.fired.length === 0 ? (
          <p>{t('events.noneFired')}</p>
        ) : (
          <ul>
            {recorded.fired.map((rule) => (
              <li key={`${rule.ruleKey}:${String(rule.ruleVersion)}`}>
                {t('events.rule', { name: rule.ruleName, version: rule.ruleVersion })}
              </li>
            ))}
          </ul>
        )}
        {recorded.tasks.length > 0 ? (
          <>
            <h3>{t('events.tasksHeading')}</h3>
            <ul>
              {recorded.tasks.map((task, index) => (
                <li key={index}>
                  {t('events.task', {
                    title: taskTitle(task.title, i18n.language),
                    organization: task.assigneeOrganizationName,
                    time: formatMoment(task.dueAt, i18n.language),
                  })}
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </section>
      <div className="actions">
        <Link to={`/youth/${encodeURIComponent(props.youthId)}?section=events`}>
          {t('events.backToRecord')}
        </Link>
        <button type="button" onClick={props.onRecordAnother}>
          {t('events.recordAnother')}
        </button>
      </div>
    </>
  );
}

function ProtectiveResponseView(props: {
  response: ProtectiveResponse;
  /** The offense the law does not charge a minor with, when that is why this is shown. */
  offense: { label: string | null; citation: string | null; code: string } | null;
}) {
  const { response, offense } = props;
  const { t } = useTranslation();
  const orNotSet = (value: string) => (value.trim() === '' ? t('events.notSet') : value);
  const interviews = response.interviewLocation;
  return (
    <section aria-labelledby="protective-response" className="protective-response">
      <h2 id="protective-response" tabIndex={-1}>
        {t('events.protectiveHeading')}
      </h2>
      <p className="protective-statement">{response.statement.statement}</p>
      {offense ? (
        <p>
          {t('nonCriminalization.coveredOffense', {
            offense: offense.label ?? offense.code,
            citation: offense.citation ?? '',
          })}
        </p>
      ) : null}
      <p className="fine-print">
        {t('events.citation', { citation: response.statement.citation })}
      </p>
      <h3>{t('events.callHeading')}</h3>
      {response.call.length === 0 ? (
        <p>{t('events.noOneToCall')}</p>
      ) : (
        <ul className="call-list">
          {response.call.map((person, index) => (
            <li key={index}>
              <strong>{person.name}</strong>, {person.function} ({person.organizationName})
              {person.phone ? (
                <>
                  <br />
                  <a className="phone" href={`tel:${person.phone.replace(/[^0-9+]/g, '')}`}>
                    {person.phone}
                  </a>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <dl className="details">
        <div>
          <dt>{t('events.takeChildTo')}</dt>
          <dd>{orNotSet(response.takeChildTo)}</dd>
        </div>
        <div>
          <dt>{t('events.interviews')}</dt>
          <dd>
            {interviews === 'child_advocacy_center' ||
            interviews === 'law_enforcement' ||
            interviews === 'other'
              ? t(`events.interviewLocations.${interviews}`)
              : orNotSet(interviews)}
          </dd>
        </div>
        <div>
          <dt>{t('events.countyResponse')}</dt>
          <dd>
            {response.lawEnforcementResponse === 'protective_custody' ||
            response.lawEnforcementResponse === 'arrest'
              ? t(`events.lawEnforcementResponses.${response.lawEnforcementResponse}`)
              : orNotSet(response.lawEnforcementResponse)}
          </dd>
        </div>
      </dl>
    </section>
  );
}

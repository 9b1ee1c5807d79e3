// Screenings on the youth record (docs/SCREENING.md): "Start a screening" for those the county's
// instruments name, and the results the reader may see (the server decides each by the access
// module; answers come only to those who may read them).
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage, Loading, StatusMessage } from '../../../components/Messages';
import { formatDateTime, useApiData, useDescribeError } from '../../../hooks';
import {
  inLanguage,
  listInstruments,
  listScreenings,
  type Instrument,
  type Screening,
  type ScreeningOutcome,
} from '../../../screening-api';
import { useSignedIn } from '../../../session';
import type { YouthRecord } from '../../../types';
import { ScreeningForm } from './ScreeningForm';

export function ScreeningSection({ youth }: { youth: YouthRecord }) {
  const { t } = useTranslation();
  const describeError = useDescribeError();
  const { user } = useSignedIn();
  const data = useApiData(`screenings:${youth.id}`, () => listScreenings(youth.id));
  // Every version of the county's instruments, to show each result's questions in words.
  const instruments = useApiData(`screening-instruments:${user.jurisdictionId}`, () =>
    listInstruments(user.jurisdictionId),
  );
  const [screening, setScreening] = useState(false);
  const [outcome, setOutcome] = useState<ScreeningOutcome | null>(null);
  const status = useRef<HTMLDivElement>(null);
  const view = data.data;

  const saved = (result: ScreeningOutcome) => {
    setScreening(false);
    setOutcome(result);
    data.reload();
    setTimeout(() => status.current?.focus());
  };

  return (
    <section aria-labelledby="screenings-heading" className="screenings">
      <h3 id="screenings-heading">{t('screening.section')}</h3>
      <p className="hint">{t('screening.intro')}</p>
      <div ref={status} tabIndex={-1}>
        <StatusMessage>
          {outcome
            ? [
                t('screening.saved', {
                  score: outcome.screening.score,
                  threshold: outcome.screening.threshold,
                  result: outcome.screening.positive
                    ? t('screening.positive')
                    : t('screening.negative'),
                }),
                outcome.tasksClosed > 0
                  ? t('screening.tasksClosed', { count: outcome.tasksClosed })
                  : '',
              ].join(' ')
            : null}
        </StatusMessage>
      </div>
      <ErrorMessage>{data.error ? describeError(data.error) : null}</ErrorMessage>
      {view === undefined ? (
        data.error ? null : (
          <Loading label={t('common.loading')} />
        )
      ) : (
        <>
          {view.mayAdminister.length > 0 ? (
            screening ? (
              <ScreeningForm
                youthId={youth.id}
                instruments={view.mayAdminister}
                onSaved={saved}
                onCancel={() => {
                  setScreening(false);
                }}
              />
            ) : (
              <p>
                <button
                  type="button"
                  onClick={() => {
                    setOutcome(null);
                    setScreening(true);
                  }}
                >
                  {t('screening.start')}
                </button>
              </p>
            )
          ) : (
            <p className="muted">{t('screening.notPermitted')}</p>
          )}
          <h4>{t('screening.listHeading')}</h4>
          {view.screenings.length === 0 ? (
            <p className="muted">{t('screening.listEmpty')}</p>
          ) : (
            <ul className="screening-list">
              {view.screenings.map((s) => (
                <li key={s.id}>
                  <ScreeningEntry
                    screening={s}
                    instrument={(instruments.data ?? view.mayAdminister).find(
                      (i) => i.key === s.instrumentKey && i.version === s.instrumentVersion,
                    )}
                  />
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}

function ScreeningEntry(props: { screening: Screening; instrument: Instrument | undefined }) {
  const { t, i18n } = useTranslation();
  const { screening, instrument } = props;
  const name = instrument ? inLanguage(instrument.name, i18n.language) : screening.instrumentKey;
  return (
    <>
      <p>
        <span className={screening.positive ? 'badge badge-warn' : 'badge badge-off'}>
          {screening.positive ? t('screening.positive') : t('screening.negative')}
        </span>{' '}
        {t('screening.result', {
          instrument: name,
          version: screening.instrumentVersion,
          score: screening.score,
          threshold: screening.threshold,
        })}
      </p>
      <p className="muted">
        {t('screening.administeredBy', {
          name: screening.administeredByName,
          organization: screening.administeredByOrganizationName,
          when: formatDateTime(screening.administeredAt, i18n.language),
        })}
      </p>
      <details>
        <summary>{t('screening.answers')}</summary>
        <dl className="screening-answers">
          {Object.entries(screening.answers).map(([itemId, answer]) => {
            const item = instrument?.items.find((i) => i.id === itemId);
            return (
              <div key={itemId}>
                <dt>{item ? inLanguage(item.text, i18n.language) : itemId}</dt>
                <dd>
                  {describeAnswer(answer, item, i18n.language, {
                    yes: t('screening.answerYes'),
                    no: t('screening.answerNo'),
                    unsure: t('screening.answerUnsure'),
                  })}
                </dd>
              </div>
            );
          })}
        </dl>
      </details>
    </>
  );
}

function describeAnswer(
  answer: unknown,
  item: Instrument['items'][number] | undefined,
  language: string,
  words: { yes: string; no: string; unsure: string },
): string {
  if (answer === 'yes' || answer === 'no' || answer === 'unsure') return words[answer];
  if (item?.answer.type === 'choice') {
    const option = item.answer.options.find((o) => o.value === answer);
    if (option) return inLanguage(option.label, language);
  }
  return String(answer);
}

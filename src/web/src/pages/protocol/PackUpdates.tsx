// Rules of Lantern's default pack the county does not have (it was set up before they joined
// the pack): the coordinator reads each in plain words and adopts the ones chosen. Adopting only
// adds; the county's own rules are never changed (docs/PROTOCOL.md, "New default rules").
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage, StatusMessage } from '../../components/Messages';
import { useApiData, useDescribeError } from '../../hooks';
import { adoptPackRules, getPackUpdates } from '../../protocol-api';
import { actionWords, conditionWords } from './words';

export function PackUpdates(props: { jurisdictionId: string; onAdopted: () => void }) {
  const { t } = useTranslation();
  const describeError = useDescribeError();
  const pack = useApiData(`protocol-pack:${props.jurisdictionId}`, () =>
    getPackUpdates(props.jurisdictionId),
  );
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const missing = pack.data?.missing ?? [];
  if (missing.length === 0 && done === null) return null;

  const adopt = async () => {
    setBusy(true);
    setError(null);
    try {
      const answer = await adoptPackRules(props.jurisdictionId, [...chosen]);
      setDone(t('protocol.pack.adopted', { count: answer.adopted.length }));
      setChosen(new Set());
      pack.reload();
      props.onAdopted();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="protocol-pack" className="help">
      <h2 id="protocol-pack">{t('protocol.pack.heading')}</h2>
      <StatusMessage>{done}</StatusMessage>
      <ErrorMessage>{error ? describeError(error) : null}</ErrorMessage>
      {missing.length === 0 ? null : (
        <>
          <p>{t('protocol.pack.intro')}</p>
          <ul className="card-list">
            {missing.map((rule) => (
              <li key={rule.key} className="card rule-card">
                <label>
                  <input
                    type="checkbox"
                    checked={chosen.has(rule.key)}
                    onChange={(event) => {
                      const next = new Set(chosen);
                      if (event.target.checked) next.add(rule.key);
                      else next.delete(rule.key);
                      setChosen(next);
                    }}
                  />{' '}
                  <strong>{rule.name}</strong>
                </label>
                <p>
                  {t('protocol.onTrigger', { trigger: t(`protocol.eventTypes.${rule.trigger}`) })}
                </p>
                <p>
                  {rule.conditions.length === 0
                    ? t('protocol.conditionsNone')
                    : rule.conditions.map((c) => conditionWords(t, c)).join('; ')}
                </p>
                <ul>
                  {rule.actions.map((action, i) => (
                    <li key={i}>{actionWords(t, action)}</li>
                  ))}
                </ul>
                <p className="hint">
                  {t('protocol.source')}: {rule.source}
                </p>
              </li>
            ))}
          </ul>
          <button
            type="button"
            disabled={busy || chosen.size === 0}
            onClick={() => {
              void adopt();
            }}
          >
            {t('protocol.pack.adopt', { count: chosen.size })}
          </button>
        </>
      )}
    </section>
  );
}

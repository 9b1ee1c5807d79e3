// The county protocol: the rules in force grouped by what triggers them, in plain words, with
// their versions; the printed protocol; and for the coordinator, the rule form with its dry run,
// the county's protocol decisions and the holiday calendar. Everyone in the county may read it
// (docs/PROTOCOL.md).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EVENT_TYPES } from '../../../../domain/case-events.js';
import { ErrorMessage, Loading, StatusMessage } from '../../components/Messages';
import { useApiData, useDescribeError, usePageTitle } from '../../hooks';
import { getProtocol, protocolPdfUrl, type RuleVersion } from '../../protocol-api';
import { useSignedIn } from '../../session';
import { DryRunPanel } from './DryRunPanel';
import { PackUpdates } from './PackUpdates';
import { RuleCard } from './RuleCard';
import { RuleEditor } from './RuleEditor';
import { ScreeningSettings } from '../screening/ScreeningSettings';
import { HolidaysForm, SettingsForm } from './SettingsForms';

export function ProtocolPage() {
  const { t, i18n } = useTranslation();
  const describeError = useDescribeError();
  const { user, allowedActions } = useSignedIn();
  usePageTitle(t('protocol.title'));
  const canManage = allowedActions.includes('protocol.manage');
  const jurisdictionId = user.jurisdictionId;
  const protocol = useApiData(`protocol:${jurisdictionId}`, () => getProtocol(jurisdictionId));
  /** The rule being edited: a rule, 'new', or none. */
  const [editing, setEditing] = useState<RuleVersion | 'new' | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const view = protocol.data;

  return (
    <>
      <h1>{t('protocol.title')}</h1>
      <p className="lead">{t('protocol.intro')}</p>
      {canManage ? null : <p>{t('protocol.readOnly')}</p>}
      <p>
        <a href={protocolPdfUrl(jurisdictionId, i18n.language)} target="_blank" rel="noopener">
          {t('protocol.pdf')}
        </a>
      </p>
      <StatusMessage>{saved}</StatusMessage>
      <ErrorMessage>{protocol.error ? describeError(protocol.error) : null}</ErrorMessage>
      {view === undefined ? (
        protocol.loading ? (
          <Loading label={t('common.loading')} />
        ) : null
      ) : (
        <>
          <p className="hint">{t('protocol.timeZone', { timeZone: view.timeZone })}</p>
          {canManage && editing !== null ? (
            <RuleEditor
              key={editing === 'new' ? 'new' : editing.id}
              jurisdictionId={jurisdictionId}
              protocol={view}
              rule={editing === 'new' ? null : editing}
              onSaved={(rule) => {
                setEditing(rule);
                setSaved(t('protocol.editor.saved', { name: rule.name, version: rule.version }));
                protocol.reload();
              }}
              onClose={() => {
                setEditing(null);
              }}
            />
          ) : null}
          {canManage ? (
            <PackUpdates jurisdictionId={jurisdictionId} onAdopted={protocol.reload} />
          ) : null}
          <section aria-labelledby="protocol-rules">
            <h2 id="protocol-rules">{t('protocol.rulesHeading')}</h2>
            {canManage ? (
              <button
                type="button"
                className="secondary"
                onClick={() => {
                  setSaved(null);
                  setEditing('new');
                }}
              >
                {t('protocol.newRule')}
              </button>
            ) : null}
            {EVENT_TYPES.map((type) => {
              const rules = view.rules.filter((r) => r.trigger === type);
              if (rules.length === 0) return null;
              return (
                <section key={type} aria-labelledby={`trigger-${type}`}>
                  <h3 id={`trigger-${type}`}>
                    {t('protocol.onTrigger', { trigger: t(`protocol.eventTypes.${type}`) })}
                  </h3>
                  <ul className="card-list">
                    {rules.map((rule) => (
                      <RuleCard
                        key={rule.id}
                        jurisdictionId={jurisdictionId}
                        rule={rule}
                        onEdit={
                          canManage
                            ? () => {
                                setSaved(null);
                                setEditing(rule);
                                window.scrollTo({ top: 0 });
                              }
                            : undefined
                        }
                      />
                    ))}
                  </ul>
                </section>
              );
            })}
          </section>
          {canManage && editing === null ? (
            <section className="help">
              <DryRunPanel
                jurisdictionId={jurisdictionId}
                timeZone={view.timeZone}
                eventType="identification"
              />
            </section>
          ) : null}
          {canManage ? (
            <>
              <SettingsForm
                jurisdictionId={jurisdictionId}
                settings={view.settings}
                onSaved={protocol.reload}
              />
              <HolidaysForm jurisdictionId={jurisdictionId} holidays={view.holidays} />
              <ScreeningSettings jurisdictionId={jurisdictionId} />
            </>
          ) : null}
        </>
      )}
    </>
  );
}

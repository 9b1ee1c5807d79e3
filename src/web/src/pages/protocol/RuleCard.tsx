// One rule in force, in plain words: name, what it does, when, its source, default or edited,
// active or not, its version, and on request every version with who saved it and when.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../hooks';
import { getRuleVersions, type RuleVersion } from '../../protocol-api';
import { actionWords, conditionWords } from './words';

export function RuleCard(props: {
  jurisdictionId: string;
  rule: RuleVersion;
  onEdit?: (() => void) | undefined;
}) {
  const { t, i18n } = useTranslation();
  const { rule } = props;
  const [versions, setVersions] = useState<RuleVersion[] | null>(null);
  const [open, setOpen] = useState(false);
  const edited = !rule.countyDefault || rule.version > 1;
  return (
    <li className="card rule-card">
      <h4>{rule.name}</h4>
      <p>
        <span className={rule.active ? 'badge badge-on' : 'badge badge-warn'}>
          {rule.active ? t('protocol.active') : t('protocol.inactive')}
        </span>{' '}
        <span className="badge">{edited ? t('protocol.edited') : t('protocol.countyDefault')}</span>{' '}
        <span className="badge">{t('protocol.version', { version: rule.version })}</span>
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
      <div className="button-row">
        {props.onEdit ? (
          <button
            type="button"
            className="secondary"
            aria-label={t('protocol.edit', { name: rule.name })}
            onClick={props.onEdit}
          >
            {t('common.edit')}
          </button>
        ) : null}
        <button
          type="button"
          className="secondary"
          aria-expanded={open}
          onClick={() => {
            setOpen(!open);
            if (!open) {
              void getRuleVersions(props.jurisdictionId, rule.key).then(setVersions, () => {
                setVersions([]);
              });
            }
          }}
        >
          {t('protocol.showVersions', { name: rule.name })}
        </button>
      </div>
      {open && versions ? (
        <ol className="rule-versions" aria-label={t('protocol.versionsHeading')}>
          {versions.map((v) => {
            const when = formatDateTime(v.createdAt, i18n.language);
            return (
              <li key={v.id}>
                {v.createdByName
                  ? t('protocol.savedBy', { version: v.version, when, who: v.createdByName })
                  : t('protocol.installed', { version: v.version, when })}
                {v.retiredAt
                  ? `, ${t('protocol.retired', { when: formatDateTime(v.retiredAt, i18n.language) })}`
                  : null}
              </li>
            );
          })}
        </ol>
      ) : null}
    </li>
  );
}

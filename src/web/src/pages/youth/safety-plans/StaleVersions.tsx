// A save refused because someone saved the plan meanwhile (409 stale_version): both versions side
// by side, section by section, each with "keep mine" or "keep theirs"; the merge goes back into
// the form on the current version, so the person saves again and nothing anyone wrote is lost.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../hooks';
import type { StaleVersions as Versions } from '../../../safety-plans-api';
import { draftFrom, merge, SECTIONS, type PlanDraft, type PlanSection } from './plan-draft';
import type { TeamOrganization } from './SafetyPlanForm';

export function StaleVersions(props: {
  mine: PlanDraft;
  versions: Versions;
  team: readonly TeamOrganization[];
  onMerged: (draft: PlanDraft, version: number) => void;
}) {
  const { t, i18n } = useTranslation();
  const { mine, versions } = props;
  const theirs = draftFrom(mine.type, versions.current.content);
  const [keep, setKeep] = useState<Record<PlanSection, 'mine' | 'theirs'>>(
    () => Object.fromEntries(SECTIONS.map((s) => [s, 'mine'])) as Record<PlanSection, 'mine'>,
  );
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  const orgName = (id: string) =>
    props.team.find((o) => o.organizationId === id)?.organizationName ?? id;
  const describe = (draft: PlanDraft, section: PlanSection): string[] => {
    switch (section) {
      case 'warningSigns':
        return draft.warningSigns.split('\n').filter((w) => w.trim());
      case 'safePeople':
      case 'agreedContacts':
        return draft[section].map((p) =>
          [p.name, p.relationship, p.phone].filter(Boolean).join(', '),
        );
      case 'safePlaces':
        return draft.safePlaces.map((p) => [p.name, p.note].filter(Boolean).join(', '));
      case 'steps':
        return draft.steps.map((s) =>
          [orgName(s.partyOrganizationId), s.title, s.owner, s.due].filter(Boolean).join(' · '),
        );
      case 'writtenWithYouth':
        return [
          draft.writtenWithYouth
            ? `${t('safetyPlans.stale.yes')} ${draft.writtenWithYouthOn}`
            : t('safetyPlans.stale.no'),
        ];
      case 'details':
        return Object.entries(draft.details)
          .filter(([key, value]) => value && key !== 'receiverKind')
          .map(([key, value]) => `${t(`safetyPlans.${key}`, { defaultValue: key })}: ${value}`);
    }
  };
  const column = (lines: string[]) =>
    lines.length === 0 ? (
      <p className="muted">{t('safetyPlans.stale.none')}</p>
    ) : (
      <ul className="plain-list">
        {lines.map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ul>
    );
  return (
    <section aria-labelledby="stale-heading" className="stale-versions">
      <h2 id="stale-heading" tabIndex={-1} ref={heading}>
        {t('safetyPlans.stale.heading')}
      </h2>
      <p>
        {t('safetyPlans.stale.intro', {
          name: versions.current.savedByName,
          version: versions.current.version,
          date: formatDateTime(versions.current.savedAt, i18n.language),
        })}
      </p>
      {SECTIONS.map((section) => (
        <fieldset key={section} className="stale-section">
          <legend>{t(`safetyPlans.stale.sectionNames.${section}`)}</legend>
          <div className="stale-columns">
            <div>
              <h3>{t('safetyPlans.stale.mine', { version: versions.mine.version })}</h3>
              {column(describe(mine, section))}
              <label className="checkbox">
                <input
                  type="radio"
                  name={`keep-${section}`}
                  checked={keep[section] === 'mine'}
                  onChange={() => {
                    setKeep({ ...keep, [section]: 'mine' });
                  }}
                />
                {t('safetyPlans.stale.keepMine')}
              </label>
            </div>
            <div>
              <h3>{t('safetyPlans.stale.theirs', { version: versions.current.version })}</h3>
              {column(describe(theirs, section))}
              <label className="checkbox">
                <input
                  type="radio"
                  name={`keep-${section}`}
                  checked={keep[section] === 'theirs'}
                  onChange={() => {
                    setKeep({ ...keep, [section]: 'theirs' });
                  }}
                />
                {t('safetyPlans.stale.keepTheirs')}
              </label>
            </div>
          </div>
        </fieldset>
      ))}
      <div className="actions">
        <button
          type="button"
          className="primary"
          onClick={() => {
            props.onMerged(merge(mine, theirs, keep), versions.current.version);
          }}
        >
          {t('safetyPlans.stale.use')}
        </button>
      </div>
    </section>
  );
}

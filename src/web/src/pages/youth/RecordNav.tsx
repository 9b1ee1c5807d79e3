// The record's navigation: a short row of groups, and the sections of the open group beneath it.
// On a phone each row scrolls sideways in one line, so the record's content starts on the first
// screen; the open entry is scrolled into view.
import { useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { groupsFor, sectionSearch } from './record-sections';
import type { Section, SectionGroup, SectionPlace } from './record-sections';

export function RecordNav(props: {
  place: SectionPlace;
  showsPrivileged: boolean;
  label: (section: Section) => string;
}) {
  const { place, label } = props;
  const { t } = useTranslation();
  const groups = groupsFor(props.showsPrivileged);
  const open = groups.find((g) => g.group === place.group);
  const groupName = (group: SectionGroup) => t(`recordNav.groups.${group}`);
  const nav = useRef<HTMLElement>(null);
  useLayoutEffect(() => {
    for (const current of nav.current?.querySelectorAll<HTMLElement>('[aria-current]') ?? []) {
      const row = current.closest('ul');
      if (row && row.scrollWidth > row.clientWidth) {
        row.scrollLeft = Math.max(0, current.offsetLeft - row.offsetLeft - 16);
      }
    }
  }, [place.group, place.section]);
  return (
    <nav ref={nav} aria-label={t('record.sectionsLabel')} className="section-nav">
      <ul className="section-groups">
        {groups.map(({ group, sections }) => (
          <li key={group}>
            <Link
              to={{ search: sectionSearch(sections[0] ?? 'overview') }}
              aria-current={
                group === place.group ? (sections.length > 1 ? 'true' : 'page') : undefined
              }
            >
              {groupName(group)}
            </Link>
          </li>
        ))}
      </ul>
      {open && open.sections.length > 1 ? (
        <ul
          className="section-parts"
          aria-label={t('recordNav.inGroup', { group: groupName(open.group) })}
        >
          {open.sections.map((s) => (
            <li key={s}>
              <Link
                to={{ search: sectionSearch(s) }}
                aria-current={s === place.section ? 'page' : undefined}
              >
                {label(s)}
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
    </nav>
  );
}

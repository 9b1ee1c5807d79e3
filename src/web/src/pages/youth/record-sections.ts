// The youth record's parts, grouped as people think of them: a summary first, then a short list
// of groups, each with its own sections. Every `?section=` address ever linked (notifications,
// tasks, other pages) still lands: a section is named as before, and the `referrals` data
// category, whose notes now sit with the service plan and the referrals, lands there.
import { DATA_CATEGORIES } from '../../../../domain/vocabulary.js';
import type { DataCategory } from '../../../../domain/vocabulary.js';

/** A data category read on its own page: every one but `referrals`, read with the referrals. */
export type NoteCategory = Exclude<DataCategory, 'referrals'>;

export type Section =
  | 'overview'
  | 'events'
  | 'timeline'
  | 'services'
  | 'contacts'
  | 'safetyPlans'
  | 'documents'
  | NoteCategory
  | 'team'
  | 'consents'
  | 'record'
  | 'privileged'
  | 'emergency';

export type SectionGroup =
  | 'summary'
  | 'events'
  | 'services'
  | 'safety'
  | 'notes'
  | 'team'
  | 'privileged'
  | 'record'
  | 'emergency';

/** The data categories whose notes are read category by category, in the vocabulary's order. */
const NOTE_CATEGORIES = DATA_CATEGORIES.filter((c): c is NoteCategory => c !== 'referrals');

export const RECORD_GROUPS: readonly { group: SectionGroup; sections: readonly Section[] }[] = [
  { group: 'summary', sections: ['overview'] },
  { group: 'events', sections: ['events', 'timeline'] },
  { group: 'services', sections: ['services'] },
  { group: 'safety', sections: ['safetyPlans', 'contacts'] },
  {
    group: 'notes',
    sections: ['case_notes', ...NOTE_CATEGORIES.filter((c) => c !== 'case_notes'), 'documents'],
  },
  { group: 'team', sections: ['team', 'consents'] },
  { group: 'privileged', sections: ['privileged'] },
  { group: 'record', sections: ['record'] },
  { group: 'emergency', sections: ['emergency'] },
];

/** Where a section sits inside its page: the `referrals` notes below the referrals. */
export type SectionAnchor = 'referral-notes';

export interface SectionPlace {
  group: SectionGroup;
  section: Section;
  anchor: SectionAnchor | null;
}

/**
 * The part of the record a `?section=` value opens. The privileged notes only for a reader who
 * holds them; anything unknown or not the reader's opens the summary, as it always has.
 */
export function placeOf(asked: string | null, showsPrivileged: boolean): SectionPlace {
  const wanted = asked === 'referrals' ? 'services' : asked;
  const anchor = asked === 'referrals' ? 'referral-notes' : null;
  for (const { group, sections } of groupsFor(showsPrivileged)) {
    const section = sections.find((s) => s === wanted);
    if (section) return { group, section, anchor };
  }
  return { group: 'summary', section: 'overview', anchor: null };
}

/** The groups a reader is shown: the privileged group only for who holds privileged notes. */
export function groupsFor(showsPrivileged: boolean): typeof RECORD_GROUPS {
  return RECORD_GROUPS.filter((g) => g.group !== 'privileged' || showsPrivileged);
}

/** The address of a section, as a search string (the summary has none). */
export function sectionSearch(section: Section): string {
  return section === 'overview' ? '' : `?section=${section}`;
}

export function isNoteCategory(section: Section): section is NoteCategory {
  return (NOTE_CATEGORIES as readonly string[]).includes(section);
}

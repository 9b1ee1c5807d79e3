// Words for a service's ages, open places and distance, shared by the list, map and page.
import type { TFunction } from 'i18next';
import { formatDateTime } from '../../hooks';
import type { DirectoryService } from '../../types';
import { numberFormat } from '../../intl';

const KM_PER_MILE = 1.609344;

/** A distance in the reader's language, to one decimal. */
export function formatNumber(value: number, language: string): string {
  return numberFormat(language, { maximumFractionDigits: 1 }).format(value);
}

export function kmAndMiles(km: number, language: string) {
  return { km: formatNumber(km, language), miles: formatNumber(km / KM_PER_MILE, language) };
}

export function agesText(
  service: Pick<DirectoryService, 'minimumAge' | 'maximumAge'>,
  t: TFunction,
): string {
  const { minimumAge: min, maximumAge: max } = service;
  if (min !== null && max !== null) return t('directory.agesRange', { min, max });
  if (min !== null) return t('directory.agesFrom', { min });
  if (max !== null) return t('directory.agesTo', { max });
  return t('directory.allAges');
}

/** "2 of 8 places open, updated 23 Nov 2026, 6:43 AM", or null when not reported. */
export function capacityText(
  capacity: DirectoryService['capacity'],
  t: TFunction,
  language: string,
): string | null {
  if (capacity === null) return null;
  const places =
    capacity.maximum === null
      ? t('directory.capacityOnly', { available: capacity.available })
      : t('directory.capacityOf', { available: capacity.available, maximum: capacity.maximum });
  return capacity.updatedAt === null
    ? places
    : t('directory.capacityUpdated', {
        capacity: places,
        when: formatDateTime(capacity.updatedAt, language),
      });
}

/** A badge class for open places: none left is a warning, some is good news. */
export function capacityBadge(capacity: DirectoryService['capacity']): string {
  if (capacity === null) return 'badge capacity-badge badge-off';
  return `badge capacity-badge ${capacity.available > 0 ? 'badge-on' : 'badge-warn'}`;
}

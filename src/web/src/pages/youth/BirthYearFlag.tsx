// "Birth year needed": a record opened with a name or alias alone, until someone learns the year.
import { useTranslation } from 'react-i18next';
import type { YouthIdentity } from '../../types';

export function BirthYearFlag({ identity }: { identity: YouthIdentity }) {
  const { t } = useTranslation();
  if (!identity.needsBirthYear) return null;
  return <span className="badge badge-warn">{t('nameMatch.birthYearNeeded')}</span>;
}

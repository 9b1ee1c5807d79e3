// My work: every case worker's tasks on their clocks; the county coordinator's view of every open
// clock in the county, overdue first (docs/PROTOCOL.md, Tasks).
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../hooks';
import { useSignedIn } from '../../session';
import type { Session } from '../../types';
import type { TaskScope } from '../../work-types';
import { WorkBoard } from './WorkBoard';
import './work.css';

/** The county lead's coordinator sees every task of the county (the server decides too). */
export function isCountyCoordinator(user: Session['user']): boolean {
  return user.organizationType === 'county_lead' && user.roles.includes('coordinator');
}

export function workScopes(user: Session['user']): TaskScope[] {
  return isCountyCoordinator(user) ? ['mine', 'organization', 'county'] : ['mine', 'organization'];
}

export function WorkPage() {
  const { t } = useTranslation();
  const { user } = useSignedIn();
  usePageTitle(t('work.title'));
  return (
    <>
      <h1>{t('work.title')}</h1>
      <p className="lead">{t('work.intro')}</p>
      <WorkBoard scopes={workScopes(user)} headingLevel={2} />
    </>
  );
}

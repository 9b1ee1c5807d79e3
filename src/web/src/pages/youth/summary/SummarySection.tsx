// The record's first view: who is on the team, what is due, what is withheld and whom to ask, then
// what the reader sees of each kind of information. The status banners sit above it, on the page.
import type { YouthRecord } from '../../../types';
import { IdentityDetails } from '../IdentityDetails';
import { CategoryTable } from './CategoryTable';
import { DueSummary } from './DueSummary';
import { TeamSummary } from './TeamSummary';
import { WithheldSummary } from './WithheldSummary';

export function SummarySection({ youth }: { youth: YouthRecord }) {
  return (
    <>
      {youth.identity ? <IdentityDetails identity={youth.identity} /> : null}
      <div className="summary-grid">
        <TeamSummary youth={youth} />
        <DueSummary youthId={youth.id} />
      </div>
      <WithheldSummary youth={youth} />
      <CategoryTable youth={youth} />
    </>
  );
}

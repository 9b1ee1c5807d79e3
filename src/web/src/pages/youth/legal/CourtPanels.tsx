// The court side of the record's legal section: protective orders and hearings, each shown as the
// server decided the reader may see it (docs/LEGAL-AND-MDT.md, "Protective orders and hearings").
import type { YouthRecord } from '../../../types';
import { HearingsPanel } from './HearingsPanel';
import { ProtectiveOrdersPanel } from './ProtectiveOrdersPanel';

export function CourtPanels({ youth }: { youth: YouthRecord }) {
  return (
    <>
      <ProtectiveOrdersPanel youthId={youth.id} />
      <HearingsPanel youth={youth} />
    </>
  );
}

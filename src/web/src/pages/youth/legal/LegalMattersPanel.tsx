// The case's legal matters inside the record's legal section (docs/LEGAL-AND-MDT.md): T/U visa
// certification requests and victim compensation claims, each listed as the server lets the
// caller read it, with the forms the server allows.
import type { YouthRecord } from '../../../types';
import { CertificationRequests } from './CertificationRequests';
import { CompensationClaims } from './CompensationClaims';

export function LegalMattersPanel({ youth }: { youth: YouthRecord }) {
  const canRecord = youth.allowedActions.includes('note.write') && youth.status !== 'merged';
  return (
    <>
      <CertificationRequests youth={youth} canRecord={canRecord} />
      <CompensationClaims youthId={youth.id} canRecord={canRecord} />
    </>
  );
}

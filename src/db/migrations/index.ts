import * as foundation from './0001-foundation.js';
import * as youthCases from './0002-youth-cases.js';
import * as directory from './0003-directory.js';
import * as referrals from './0004-referrals.js';
import * as directoryWords from './0005-directory-words.js';
import * as holderReleases from './0006-holder-releases.js';
import * as signInThrottle from './0007-sign-in-throttle.js';
import * as directoryOwners from './0008-directory-owners.js';
import * as secondPerson from './0009-second-person.js';
import * as protocol from './0010-protocol.js';
import * as mailOutbox from './0011-mail-outbox.js';
import * as taskArtifacts from './0012-task-artifacts.js';
import * as screening from './0013-screening.js';
import * as safetyPlans from './0014-safety-plans.js';
import * as missingYouth from './0015-missing-youth.js';
import * as verifiedContacts from './0016-verified-contacts.js';
import * as nonCriminalization from './0017-non-criminalization.js';
import * as neighborParties from './0018-neighbor-parties.js';
import * as alternativesToDetention from './0019-alternatives-to-detention.js';
import * as youthNameWords from './0020-youth-name-words.js';
import * as recordLifecycle from './0021-record-lifecycle.js';
import * as notificationParams from './0022-notification-params.js';
import * as legalMatters from './0023-legal-matters.js';
import * as protectiveOrdersHearings from './0024-protective-orders-hearings.js';
import * as caseDocuments from './0025-case-documents.js';
import * as mdtMeetings from './0026-mdt-meetings.js';
import * as missingPhotoSealed from './0027-missing-photo-sealed.js';
import * as training from './0028-training.js';
import * as referralConversation from './0029-referral-conversation.js';
import * as breakGlassReviews from './0030-break-glass-reviews.js';
import * as smallCellThreshold from './0031-small-cell-threshold.js';
import * as breakGlassReasonSealed from './0032-break-glass-reason-sealed.js';
import * as caseSeals from './0033-case-seals.js';
import * as retention from './0034-retention.js';
import * as raceEthnicity from './0035-race-ethnicity.js';
import * as structuredRecords from './0036-structured-records.js';
import * as accountChangeNotices from './0038-account-change-notices.js';
import * as trainingCourseChanges from './0039-training-course-changes.js';
import * as sealedClocks from './0042-sealed-clocks.js';
import * as rateLimits from './0043-rate-limits.js';
import * as distributionKeys from './0044-distribution-keys.js';
import * as reportIndexes from './0045-report-indexes.js';
import * as identificationReach from './0046-identification-reach.js';
import * as directoryCityIndex from './0047-directory-city-index.js';
import * as custodyReadsReach from './0048-custody-reads-reach.js';

export interface Migration {
  readonly name: string;
  readonly up: string;
}

/** Every migration, in the order they apply. Append only; never edit one that has shipped. */
export const MIGRATIONS: readonly Migration[] = [
  foundation,
  youthCases,
  directory,
  referrals,
  directoryWords,
  holderReleases,
  signInThrottle,
  directoryOwners,
  secondPerson,
  protocol,
  mailOutbox,
  taskArtifacts,
  screening,
  safetyPlans,
  missingYouth,
  verifiedContacts,
  nonCriminalization,
  neighborParties,
  alternativesToDetention,
  youthNameWords,
  recordLifecycle,
  notificationParams,
  legalMatters,
  protectiveOrdersHearings,
  caseDocuments,
  mdtMeetings,
  missingPhotoSealed,
  training,
  referralConversation,
  breakGlassReviews,
  smallCellThreshold,
  breakGlassReasonSealed,
  caseSeals,
  retention,
  raceEthnicity,
  structuredRecords,
  accountChangeNotices,
  trainingCourseChanges,
  sealedClocks,
  rateLimits,
  distributionKeys,
  reportIndexes,
  identificationReach,
  directoryCityIndex,
  custodyReadsReach,
];

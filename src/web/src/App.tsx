import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import {
  RequireAction,
  RequireCaseWork,
  RequireRole,
  RequireSession,
  RequireYouthAccess,
} from './components/Guards';
import { Layout } from './components/Layout';
import { WorkPage } from './pages/work/WorkPage';
import { ApprovalsPage } from './pages/approvals/ApprovalsPage';
import { HomePage } from './pages/HomePage';
import { LoginPage } from './pages/login/LoginPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { NotificationsPage } from './pages/NotificationsPage';

// Each page but the first ones a person sees (sign-in, and home with My work, approvals and
// notifications) is its own chunk, loaded when its route is opened (the Layout's Suspense shows
// "Loading" meanwhile): a phone at night downloads and parses the screens it uses, not all.
const AccountPage = lazy(() =>
  import('./pages/AccountPage').then((m) => ({ default: m.AccountPage })),
);
const AgreementsPage = lazy(() =>
  import('./pages/admin/AgreementsPage').then((m) => ({ default: m.AgreementsPage })),
);
const LegalProfilePage = lazy(() =>
  import('./pages/admin/LegalProfilePage').then((m) => ({ default: m.LegalProfilePage })),
);
const OrganizationsPage = lazy(() =>
  import('./pages/admin/OrganizationsPage').then((m) => ({ default: m.OrganizationsPage })),
);
const QualificationsPage = lazy(() =>
  import('./pages/admin/QualificationsPage').then((m) => ({ default: m.QualificationsPage })),
);
const UsersPage = lazy(() =>
  import('./pages/admin/UsersPage').then((m) => ({ default: m.UsersPage })),
);
const ConsentPage = lazy(() =>
  import('./pages/consent/ConsentPage').then((m) => ({ default: m.ConsentPage })),
);
const CheckNamePage = lazy(() =>
  import('./pages/contacts/CheckNamePage').then((m) => ({ default: m.CheckNamePage })),
);
const DirectoryImportPage = lazy(() =>
  import('./pages/directory/DirectoryImportPage').then((m) => ({ default: m.DirectoryImportPage })),
);
const DirectorySearchPage = lazy(() =>
  import('./pages/directory/DirectorySearchPage').then((m) => ({ default: m.DirectorySearchPage })),
);
const ServicePage = lazy(() =>
  import('./pages/directory/ServicePage').then((m) => ({ default: m.ServicePage })),
);
// The public search for youth and families: no sign-in (docs/ARCHITECTURE.md, "Find help").
const FindHelpFrame = lazy(() =>
  import('./pages/find-help/FindHelpFrame').then((m) => ({ default: m.FindHelpFrame })),
);
const FindHelpPage = lazy(() =>
  import('./pages/find-help/FindHelpPage').then((m) => ({ default: m.FindHelpPage })),
);
const FindHelpServicePage = lazy(() =>
  import('./pages/find-help/FindHelpServicePage').then((m) => ({
    default: m.FindHelpServicePage,
  })),
);
const GuidePage = lazy(() =>
  import('./pages/guide/GuidePage').then((m) => ({ default: m.GuidePage })),
);
const PointPersonsPage = lazy(() =>
  import('./pages/point-persons/PointPersonsPage').then((m) => ({ default: m.PointPersonsPage })),
);
const ProtocolPage = lazy(() =>
  import('./pages/protocol/ProtocolPage').then((m) => ({ default: m.ProtocolPage })),
);
const ReferralPage = lazy(() =>
  import('./pages/referrals/ReferralPage').then((m) => ({ default: m.ReferralPage })),
);
const ReferralsPage = lazy(() =>
  import('./pages/referrals/ReferralsPage').then((m) => ({ default: m.ReferralsPage })),
);
const ReportsPage = lazy(() =>
  import('./pages/reports/ReportsPage').then((m) => ({ default: m.ReportsPage })),
);
const TrainingPage = lazy(() =>
  import('./pages/training/TrainingPage').then((m) => ({ default: m.TrainingPage })),
);
const ReleasesPage = lazy(() =>
  import('./pages/releases/ReleasesPage').then((m) => ({ default: m.ReleasesPage })),
);
const RecordEventPage = lazy(() =>
  import('./pages/youth/events/RecordEventPage').then((m) => ({ default: m.RecordEventPage })),
);
const SafetyPlanPage = lazy(() =>
  import('./pages/youth/safety-plans/SafetyPlanPage').then((m) => ({ default: m.SafetyPlanPage })),
);
const AlertPacketPage = lazy(() =>
  import('./pages/youth/missing/AlertPacketPage').then((m) => ({ default: m.AlertPacketPage })),
);
const MissingProfilePage = lazy(() =>
  import('./pages/youth/missing/MissingProfilePage').then((m) => ({
    default: m.MissingProfilePage,
  })),
);
const CourtCalendarPage = lazy(() =>
  import('./pages/court/CourtCalendarPage').then((m) => ({ default: m.CourtCalendarPage })),
);
const CustodyNoticesPage = lazy(() =>
  import('./pages/custody/CustodyNoticesPage').then((m) => ({ default: m.CustodyNoticesPage })),
);
const BreakGlassReviewsPage = lazy(() =>
  import('./pages/break-glass/BreakGlassReviewsPage').then((m) => ({
    default: m.BreakGlassReviewsPage,
  })),
);
const BreakGlassReviewPage = lazy(() =>
  import('./pages/break-glass/BreakGlassReviewPage').then((m) => ({
    default: m.BreakGlassReviewPage,
  })),
);
const MeetingsPage = lazy(() =>
  import('./pages/mdt/MeetingsPage').then((m) => ({ default: m.MeetingsPage })),
);
const MeetingPage = lazy(() =>
  import('./pages/mdt/MeetingPage').then((m) => ({ default: m.MeetingPage })),
);
const YouthRecordPage = lazy(() =>
  import('./pages/youth/YouthRecordPage').then((m) => ({ default: m.YouthRecordPage })),
);
const YouthSearchPage = lazy(() =>
  import('./pages/youth/YouthSearchPage').then((m) => ({ default: m.YouthSearchPage })),
);

export function App() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route path="login" element={<LoginPage />} />
        <Route path="guide" element={<GuidePage />} />
        <Route path="find-help" element={<FindHelpFrame />}>
          <Route index element={<FindHelpPage />} />
          <Route path="services/:id" element={<FindHelpServicePage />} />
        </Route>
        <Route element={<RequireSession />}>
          <Route index element={<HomePage />} />
          <Route
            path="youth"
            element={
              <RequireYouthAccess>
                <YouthSearchPage />
              </RequireYouthAccess>
            }
          />
          <Route
            path="youth/:id"
            element={
              <RequireYouthAccess>
                <YouthRecordPage />
              </RequireYouthAccess>
            }
          />
          <Route
            path="youth/:id/alert-packet"
            element={
              <RequireYouthAccess>
                <AlertPacketPage />
              </RequireYouthAccess>
            }
          />
          <Route
            path="youth/:id/missing-profile"
            element={
              <RequireYouthAccess>
                <MissingProfilePage />
              </RequireYouthAccess>
            }
          />
          <Route path="custody" element={<CustodyNoticesPage />} />
          <Route path="break-glass/reviews" element={<BreakGlassReviewsPage />} />
          <Route path="break-glass/reviews/:id" element={<BreakGlassReviewPage />} />
          <Route
            path="youth/:id/consent"
            element={
              <RequireYouthAccess>
                <ConsentPage />
              </RequireYouthAccess>
            }
          />
          <Route
            path="youth/:id/events/new"
            element={
              <RequireCaseWork>
                <RecordEventPage />
              </RequireCaseWork>
            }
          />
          <Route
            path="youth/:id/safety-plans/:planId"
            element={
              <RequireCaseWork>
                <SafetyPlanPage />
              </RequireCaseWork>
            }
          />
          <Route
            path="work"
            element={
              <RequireCaseWork>
                <WorkPage />
              </RequireCaseWork>
            }
          />
          <Route
            path="mdt"
            element={
              <RequireCaseWork>
                <MeetingsPage />
              </RequireCaseWork>
            }
          />
          <Route
            path="mdt/:id"
            element={
              <RequireCaseWork>
                <MeetingPage />
              </RequireCaseWork>
            }
          />
          <Route
            path="referrals"
            element={
              <RequireYouthAccess>
                <ReferralsPage />
              </RequireYouthAccess>
            }
          />
          <Route
            path="referrals/:id"
            element={
              <RequireYouthAccess>
                <ReferralPage />
              </RequireYouthAccess>
            }
          />
          <Route
            path="releases"
            element={
              <RequireCaseWork>
                <ReleasesPage />
              </RequireCaseWork>
            }
          />
          <Route
            path="check-name"
            element={
              <RequireCaseWork>
                <CheckNamePage />
              </RequireCaseWork>
            }
          />
          <Route
            path="court-calendar"
            element={
              <RequireRole anyOf={['court_clerk', 'judge', 'prosecutor', 'victim_witness_staff']}>
                <CourtCalendarPage />
              </RequireRole>
            }
          />
          <Route
            path="notifications"
            element={
              <RequireYouthAccess>
                <NotificationsPage />
              </RequireYouthAccess>
            }
          />
          <Route path="point-persons" element={<PointPersonsPage />} />
          <Route path="reports" element={<ReportsPage />} />
          <Route path="training" element={<TrainingPage />} />
          <Route path="directory" element={<DirectorySearchPage />} />
          <Route path="directory/services/:id" element={<ServicePage />} />
          <Route
            path="admin/directory-import"
            element={
              <RequireAction anyOf={['directory.manage']}>
                <DirectoryImportPage />
              </RequireAction>
            }
          />
          <Route
            path="admin/organizations"
            element={
              <RequireAction anyOf={['organization.manage']}>
                <OrganizationsPage />
              </RequireAction>
            }
          />
          <Route
            path="admin/users"
            element={
              <RequireAction anyOf={['user.read', 'user.manage']}>
                <UsersPage />
              </RequireAction>
            }
          />
          <Route
            path="admin/agreements"
            element={
              <RequireAction anyOf={['mou.read', 'mou.manage']}>
                <AgreementsPage />
              </RequireAction>
            }
          />
          <Route
            path="admin/legal-profile"
            element={
              <RequireAction anyOf={['legalProfile.read', 'legalProfile.manage']}>
                <LegalProfilePage />
              </RequireAction>
            }
          />
          <Route
            path="admin/qualifications"
            element={
              <RequireAction anyOf={['qualification.manage']}>
                <QualificationsPage />
              </RequireAction>
            }
          />
          <Route
            path="protocol"
            element={
              <RequireAction anyOf={['protocol.read', 'protocol.manage']}>
                <ProtocolPage />
              </RequireAction>
            }
          />
          <Route
            path="approvals"
            element={
              <RequireAction anyOf={['approval.read']}>
                <ApprovalsPage />
              </RequireAction>
            }
          />
          <Route path="account" element={<AccountPage />} />
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}

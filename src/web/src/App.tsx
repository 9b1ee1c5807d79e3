import { Route, Routes } from 'react-router';
import {
  RequireAction,
  RequireCaseWork,
  RequireSession,
  RequireYouthAccess,
} from './components/Guards';
import { Layout } from './components/Layout';
import { AccountPage } from './pages/AccountPage';
import { AgreementsPage } from './pages/admin/AgreementsPage';
import { LegalProfilePage } from './pages/admin/LegalProfilePage';
import { OrganizationsPage } from './pages/admin/OrganizationsPage';
import { QualificationsPage } from './pages/admin/QualificationsPage';
import { UsersPage } from './pages/admin/UsersPage';
import { ApprovalsPage } from './pages/approvals/ApprovalsPage';
import { HomePage } from './pages/HomePage';
import { LoginPage } from './pages/login/LoginPage';
import { ConsentPage } from './pages/consent/ConsentPage';
import { CheckNamePage } from './pages/contacts/CheckNamePage';
import { DirectoryImportPage } from './pages/directory/DirectoryImportPage';
import { DirectorySearchPage } from './pages/directory/DirectorySearchPage';
import { ServicePage } from './pages/directory/ServicePage';
import { GuidePage } from './pages/guide/GuidePage';
import { NotFoundPage } from './pages/NotFoundPage';
import { NotificationsPage } from './pages/NotificationsPage';
import { PointPersonsPage } from './pages/point-persons/PointPersonsPage';
import { ProtocolPage } from './pages/protocol/ProtocolPage';
import { ReferralPage } from './pages/referrals/ReferralPage';
import { ReferralsPage } from './pages/referrals/ReferralsPage';
import { ReleasesPage } from './pages/releases/ReleasesPage';
import { WorkPage } from './pages/work/WorkPage';
import { RecordEventPage } from './pages/youth/events/RecordEventPage';
import { SafetyPlanPage } from './pages/youth/safety-plans/SafetyPlanPage';
import { AlertPacketPage } from './pages/youth/missing/AlertPacketPage';
import { MissingProfilePage } from './pages/youth/missing/MissingProfilePage';
import { CustodyNoticesPage } from './pages/custody/CustodyNoticesPage';
import { YouthRecordPage } from './pages/youth/YouthRecordPage';
import { YouthSearchPage } from './pages/youth/YouthSearchPage';

export function App() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route path="login" element={<LoginPage />} />
        <Route path="guide" element={<GuidePage />} />
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
            path="notifications"
            element={
              <RequireYouthAccess>
                <NotificationsPage />
              </RequireYouthAccess>
            }
          />
          <Route path="point-persons" element={<PointPersonsPage />} />
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

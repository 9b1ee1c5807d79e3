import { Route, Routes } from 'react-router';
import {
  RequireAction,
  RequireRole,
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
import { HomePage } from './pages/HomePage';
import { LoginPage } from './pages/login/LoginPage';
import { ConsentPage } from './pages/consent/ConsentPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { NotificationsPage } from './pages/NotificationsPage';
import { PointPersonsPage } from './pages/point-persons/PointPersonsPage';
import { YouthRecordPage } from './pages/youth/YouthRecordPage';
import { YouthSearchPage } from './pages/youth/YouthSearchPage';

export function App() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route path="login" element={<LoginPage />} />
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
            path="youth/:id/consent"
            element={
              <RequireYouthAccess>
                <ConsentPage />
              </RequireYouthAccess>
            }
          />
          <Route
            path="notifications"
            element={
              <RequireRole anyOf={['coordinator']}>
                <NotificationsPage />
              </RequireRole>
            }
          />
          <Route path="point-persons" element={<PointPersonsPage />} />
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
          <Route path="account" element={<AccountPage />} />
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}

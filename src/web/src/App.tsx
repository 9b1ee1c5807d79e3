import { Route, Routes } from 'react-router';
import { RequireAction, RequireSession } from './components/Guards';
import { Layout } from './components/Layout';
import { AccountPage } from './pages/AccountPage';
import { AgreementsPage } from './pages/admin/AgreementsPage';
import { OrganizationsPage } from './pages/admin/OrganizationsPage';
import { UsersPage } from './pages/admin/UsersPage';
import { HomePage } from './pages/HomePage';
import { LoginPage } from './pages/login/LoginPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { PointPersonsPage } from './pages/point-persons/PointPersonsPage';

export function App() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route path="login" element={<LoginPage />} />
        <Route element={<RequireSession />}>
          <Route index element={<HomePage />} />
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
          <Route path="account" element={<AccountPage />} />
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}

import { App as AntApp, ConfigProvider, Skeleton, Spin } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { lazy, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { BrowserRouter, Navigate, Route, Routes, useLocation } from 'react-router-dom';
import { useApiPaths } from './api/openapi';
import { AuthProvider, useAuth } from './auth/AuthContext';
import { ForbiddenResult, NotFoundResult } from './components/Results';
import { availability, FEATURES, type Feature, type FeatureRoute } from './features/registry';
import ConsoleLayout from './layout/ConsoleLayout';
import PortalLayout from './layout/PortalLayout';

const Login = lazy(() => import('./pages/Login'));

function PageFallback() {
  return (
    <div style={{ padding: 24 }}>
      <Skeleton active paragraph={{ rows: 10 }} />
    </div>
  );
}

function FullScreenSpin() {
  return (
    <div className="fullscreen-center">
      <Spin size="large" />
    </div>
  );
}

function RequireAuth({ children }: { children: ReactNode }) {
  const { user, loading } = useAuth();
  const location = useLocation();
  if (loading) return <FullScreenSpin />;
  if (!user) {
    const next = location.pathname + location.search;
    return <Navigate to={next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}`} replace />;
  }
  return <>{children}</>;
}

function Shell() {
  const { isCustomer } = useAuth();
  return isCustomer ? <PortalLayout /> : <ConsoleLayout />;
}

function Guarded({ feature, route }: { feature: Feature; route: FeatureRoute }) {
  const { user, isCustomer } = useAuth();
  const paths = useApiPaths();
  const a = availability(feature, user, paths);
  if (a === 'unknown') return <PageFallback />;
  if (a === 'absent') return <NotFoundResult />;
  // A customer is not told that staff pages exist (tenancy answers not-found, never 403).
  if (a === 'forbidden') return isCustomer ? <NotFoundResult /> : <ForbiddenResult />;
  const Page = route.page;
  return (
    <Suspense fallback={<PageFallback />}>
      <Page />
    </Suspense>
  );
}

function Localised({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  return (
    <ConfigProvider
      locale={i18n.language === 'zh-CN' ? zhCN : enUS}
      theme={{
        token: { colorPrimary: '#1668dc', borderRadius: 6, fontSize: 14 },
        components: {
          Layout: { siderBg: '#001529', headerBg: '#ffffff', headerHeight: 56, headerPadding: '0 16px' },
          Menu: { darkItemBg: '#001529', darkSubMenuItemBg: '#001529' },
        },
      }}
    >
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  );
}

export default function App() {
  return (
    <Localised>
      <AuthProvider>
        <BrowserRouter>
          <Routes>
            <Route
              path="/login"
              element={
                <Suspense fallback={<FullScreenSpin />}>
                  <Login />
                </Suspense>
              }
            />
            <Route
              element={
                <RequireAuth>
                  <Shell />
                </RequireAuth>
              }
            >
              {FEATURES.flatMap((f) =>
                f.routes.map((r) => <Route key={`${f.key}:${r.path}`} path={r.path} element={<Guarded feature={f} route={r} />} />),
              )}
              <Route path="*" element={<NotFoundResult />} />
            </Route>
          </Routes>
        </BrowserRouter>
      </AuthProvider>
    </Localised>
  );
}

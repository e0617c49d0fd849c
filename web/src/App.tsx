import { useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useState } from 'react';
import type { ComponentType, ReactNode } from 'react';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router-dom';
import { whenUnauthorized } from './api/client';
import { useLiveStream } from './api/live';
import { networkMapQuery, networkQuery, summaryQuery, useMe } from './api/queries';
import { session } from './auth/session';
import { Loading } from './components/Loading';
import { Shell } from './components/Shell';
import { Forbidden, NotFound } from './pages/NotFound';
import { SignIn } from './pages/SignIn';
import { homeOf, may } from './roles';
import type { Page } from './roles';

// Each page loads when first opened: sign-in needs none of their code, and no page needs another's.
function named<P extends object, K extends string>(load: () => Promise<Record<K, ComponentType<P>>>, name: K) {
  return lazy(async () => ({ default: (await load())[name] }));
}
const Overview = named(() => import('./pages/Overview'), 'Overview');
const Hub = named(() => import('./pages/Hub'), 'Hub');
const Cluster = named(() => import('./pages/Cluster'), 'Cluster');
const DataCenter = named(() => import('./pages/DataCenter'), 'DataCenter');
const Alerts = named(() => import('./pages/Alerts'), 'Alerts');
const Federation = named(() => import('./pages/Federation'), 'Federation');
const Planner = named(() => import('./pages/Planner'), 'Planner');
const Offers = named(() => import('./pages/tenant/Offers'), 'Offers');
const Buy = named(() => import('./pages/tenant/Buy'), 'Buy');
const Jobs = named(() => import('./pages/tenant/Jobs'), 'Jobs');
const Job = named(() => import('./pages/tenant/Job'), 'Job');
const SubmitJob = named(() => import('./pages/tenant/SubmitJob'), 'SubmitJob');
const Billing = named(() => import('./pages/tenant/Billing'), 'Billing');
const Operator = named(() => import('./pages/operator/Operator'), 'Operator');
const Tenants = named(() => import('./pages/admin/Tenants'), 'Tenants');
const Users = named(() => import('./pages/admin/Users'), 'Users');
const Audit = named(() => import('./pages/admin/Audit'), 'Audit');
const Settings = named(() => import('./pages/admin/Settings'), 'Settings');

/** Sign-in, then the pages of the signed-in role; a refused token returns to sign-in. */
export function App() {
  const client = useQueryClient();
  const [signedIn, setSignedIn] = useState(() => session.token() !== null);
  const me = useMe(signedIn);
  useLiveStream(signedIn && me.data !== undefined && me.data.role !== 'dc-agent');
  // The overview is where watchers land: its code and the map's data start loading as soon as the role is known, side by side.
  const landsOnOverview = me.data !== undefined && may(me.data.role, 'overview');
  useEffect(() => {
    if (!landsOnOverview) return;
    void import('./pages/Overview');
    void client.prefetchQuery(networkQuery);
    void client.prefetchQuery(networkMapQuery);
    void client.prefetchQuery(summaryQuery('national'));
  }, [landsOnOverview, client]);
  useEffect(() => whenUnauthorized(() => {
    session.signOut();
    client.clear();
    setSignedIn(false);
  }), [client]);
  if (!signedIn) return <SignIn onSignedIn={() => setSignedIn(true)} />;
  if (!me.data) return <Loading query={me} />;
  const role = me.data.role;
  const signOut = () => {
    session.signOut();
    client.clear();
    setSignedIn(false);
  };
  /** A page for the roles that may see it; others are told it is not for them. */
  const gate = (page: Page, element: ReactNode) => (may(role, page) ? element : <Forbidden role={role} />);
  return (
    <BrowserRouter>
      <Shell me={me.data} onSignOut={signOut}>
        <Suspense fallback={<Loading query={{ error: null, refetch: () => undefined }} />}>
          <Routes>
            <Route path="/" element={may(role, 'overview') ? <Overview /> : <Navigate to={homeOf(role)} replace />} />
            <Route path="/hubs/:id" element={gate('overview', <Hub />)} />
            <Route path="/clusters/:id" element={gate('overview', <Cluster />)} />
            <Route path="/datacenters/:id" element={may(role, 'overview') || may(role, 'operator') ? <DataCenter /> : <Forbidden role={role} />} />
            <Route path="/alerts" element={gate('alerts', <Alerts />)} />
            <Route path="/federation" element={gate('federation', <Federation />)} />
            <Route path="/planner" element={gate('planner', <Planner />)} />
            <Route path="/offers" element={gate('offers', <Offers me={me.data} />)} />
            <Route path="/buy" element={gate('buy', <Buy me={me.data} />)} />
            <Route path="/jobs" element={gate('jobs', <Jobs me={me.data} />)} />
            <Route path="/jobs/new" element={gate('buy', <SubmitJob />)} />
            <Route path="/jobs/:id" element={gate('jobs', <Job me={me.data} />)} />
            <Route path="/billing" element={gate('billing', <Billing me={me.data} />)} />
            <Route path="/operator" element={gate('operator', <Operator me={me.data} />)} />
            <Route path="/admin/tenants" element={gate('tenants', <Tenants />)} />
            <Route path="/admin/users" element={gate('users', <Users me={me.data} />)} />
            <Route path="/admin/audit" element={gate('audit', <Audit />)} />
            <Route path="/admin/settings" element={gate('settings', <Settings />)} />
            <Route path="*" element={<NotFound />} />
          </Routes>
        </Suspense>
      </Shell>
    </BrowserRouter>
  );
}

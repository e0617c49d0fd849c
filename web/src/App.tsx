import { useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useState } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router-dom';
import { whenUnauthorized } from './api/client';
import { useMe } from './api/queries';
import { session } from './auth/session';
import { Loading } from './components/Loading';
import { Shell } from './components/Shell';
import { Forbidden, NotFound } from './pages/NotFound';
import { SignIn } from './pages/SignIn';

// Pages with charts load when first opened: sign-in needs no charting code.
const Overview = lazy(() => import('./pages/Overview').then((m) => ({ default: m.Overview })));
const Hub = lazy(() => import('./pages/Hub').then((m) => ({ default: m.Hub })));
const Alerts = lazy(() => import('./pages/Alerts').then((m) => ({ default: m.Alerts })));

const WATCHERS = new Set(['platform-admin', 'regulator', 'dc-operator']);

/** Sign-in, then the pages of the signed-in role; a refused token returns to sign-in. */
export function App() {
  const client = useQueryClient();
  const [signedIn, setSignedIn] = useState(() => session.token() !== null);
  const me = useMe(signedIn);
  useEffect(() => whenUnauthorized(() => {
    session.signOut();
    client.clear();
    setSignedIn(false);
  }), [client]);
  if (!signedIn) return <SignIn onSignedIn={() => setSignedIn(true)} />;
  if (!me.data) return <Loading query={me} />;
  const signOut = () => {
    session.signOut();
    client.clear();
    setSignedIn(false);
  };
  const watcher = WATCHERS.has(me.data.role);
  return (
    <BrowserRouter>
      <Shell me={me.data} onSignOut={signOut}>
        <Suspense fallback={<Loading query={{ error: null, refetch: () => undefined }} />}>
        <Routes>
          <Route path="/" element={watcher ? <Overview /> : <Forbidden role={me.data.role} />} />
          <Route path="/hubs/:id" element={watcher ? <Hub /> : <Forbidden role={me.data.role} />} />
          <Route path="/alerts" element={watcher ? <Alerts /> : <Forbidden role={me.data.role} />} />
          <Route path="*" element={<NotFound />} />
        </Routes>
        </Suspense>
      </Shell>
    </BrowserRouter>
  );
}

import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { usePresentationRoute } from '../features/workshop/presentation/route';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { ScreenFailure } from './ScreenFailure';
import { Shell } from './Shell';
import { useUiStore } from '../state/uiStore';

// The projector window's view: only a window opened for a workshop shows it.
const PresentationView = lazy(async () => ({
  default: (await import('../features/workshop/presentation/PresentationView')).PresentationView,
}));

/**
 * Providers around the shell; a QueryClient per app instance (tests make their own). An error
 * that escapes every screen's own boundary still never leaves the window blank.
 */
export function App({ queryClient }: { queryClient?: QueryClient }) {
  // A workshop's projector view (`#/present/<id>`): the same app in a second window or tab.
  const presentation = usePresentationRoute();
  const [client] = useState(
    () =>
      queryClient ??
      new QueryClient({
        defaultOptions: { mutations: { retry: false }, queries: { retry: false } },
      }),
  );
  return (
    <ErrorBoundary
      onError={() => useUiStore.getState().markViewBroken()}
      fallback={(caught) => (
        <div className="app app--failed">
          <main className="main" id="main">
            <div className="content">
              <ScreenFailure
                caught={caught}
                scope="app"
                onGoHome={() => {
                  useUiStore.getState().showCheckIns({ kind: 'home' });
                  caught.reset();
                }}
              />
            </div>
          </main>
        </div>
      )}
    >
      <QueryClientProvider client={client}>
        {presentation ? (
          <Suspense fallback={null}>
            <PresentationView workshopId={presentation.workshopId} />
          </Suspense>
        ) : (
          <Shell />
        )}
      </QueryClientProvider>
    </ErrorBoundary>
  );
}

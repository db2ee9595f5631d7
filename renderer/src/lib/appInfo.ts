import { queryOptions } from '@tanstack/react-query';
import { desktopApi, unwrap } from './desktopApi';

/** Facts about the host (desktop or browser, the platform): asked once, they do not change. */
export function appInfoQuery() {
  return queryOptions({
    queryKey: ['host', 'app-info'],
    queryFn: () => unwrap(desktopApi().appGetInfo()),
    staleTime: Infinity,
  });
}

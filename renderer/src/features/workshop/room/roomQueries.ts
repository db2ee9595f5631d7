import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { desktopApi, unwrap } from '../../../lib/desktopApi';
import { useErrorToast } from '../useErrorToast';

/*
 * The room through the host: React Query owns its status and the open, close and remove calls.
 * The room's own data (who joined, what they sent) lands in Dexie through `useRoomSync`.
 */

/** How often the laptop asks who is in the room (the projector shows the count). */
const STATUS_POLL_MS = 2000;

export const roomStatusQuery = queryOptions({
  queryKey: ['room', 'status'],
  queryFn: () => unwrap(desktopApi().roomStatus()),
  refetchInterval: STATUS_POLL_MS,
});

export const roomAddressesQuery = queryOptions({
  queryKey: ['room', 'addresses'],
  queryFn: () => unwrap(desktopApi().roomListAddresses()),
});

/** The open room, if it belongs to this workshop. */
export function useRoomStatus(workshopId: string) {
  const status = useQuery(roomStatusQuery);
  const invite = status.data?.workshopId === workshopId ? status.data : null;
  return { invite, isOtherWorkshopOpen: !!status.data && !invite, isLoading: status.isLoading };
}

export function useOpenRoom(workshopId: string) {
  const client = useQueryClient();
  const onError = useErrorToast();
  return useMutation({
    mutationFn: (address: string) => unwrap(desktopApi().roomOpen({ workshopId, address })),
    onSuccess: (invite) => client.setQueryData(roomStatusQuery.queryKey, invite),
    onError,
  });
}

export function useCloseRoom() {
  const client = useQueryClient();
  const onError = useErrorToast();
  return useMutation({
    mutationFn: () => unwrap(desktopApi().roomClose()),
    onSuccess: () => client.setQueryData(roomStatusQuery.queryKey, null),
    onError,
  });
}

export function useRemoveFromRoom() {
  const client = useQueryClient();
  const onError = useErrorToast();
  return useMutation({
    mutationFn: (participantId: string) =>
      unwrap(desktopApi().roomRemoveParticipant({ participantId })),
    onSuccess: () => client.invalidateQueries({ queryKey: roomStatusQuery.queryKey }),
    onError,
  });
}

import { RoomInviteCard } from '../room/RoomInviteCard';
import { useRoomStatus } from '../room/roomQueries';

/** On the projector while the room is open: how to join, and how many have. */
export function PresentRoom({ workshopId }: { workshopId: string }) {
  const { invite } = useRoomStatus(workshopId);
  if (!invite) return null;
  const count = invite.participants.length;
  return (
    <aside className="present__room" aria-label="Join the room">
      <RoomInviteCard invite={invite} size="large" />
      <p className="present__room-count">
        {count === 1 ? '1 person joined' : `${count} people joined`}
      </p>
    </aside>
  );
}

import { useId, useState, type FormEvent } from 'react';
import type { Workshop } from '@shared/domain/workshop';
import { useQuery } from '@tanstack/react-query';
import { ROOM_LIMITS, type RoomInvite } from '@shared/room/protocol';
import {
  roomAddressesQuery,
  useCloseRoom,
  useOpenRoom,
  useRemoveFromRoom,
  useRoomStatus,
} from './roomQueries';
import { RoomInviteCard } from './RoomInviteCard';
import './room.css';

/**
 * The facilitator's control of the room: open it on one network address, see who joined,
 * remove someone, close it. `RoomSync` keeps it in step and closes it when the workshop ends.
 */
export function RoomPanel({
  workshop,
  isInviting,
  onInvitingChange,
}: {
  workshop: Workshop;
  /** The facilitator clicked "Invite the room" and is choosing the network. */
  isInviting: boolean;
  onInvitingChange: (isInviting: boolean) => void;
}) {
  const { invite, isOtherWorkshopOpen } = useRoomStatus(workshop.id);
  const close = useCloseRoom();

  if (!invite && (!isInviting || workshop.status !== 'running')) return null;
  return (
    <section className="panel room" aria-labelledby="room-heading">
      <h3 id="room-heading">The room</h3>
      {invite ? (
        <OpenRoom invite={invite} onClose={() => close.mutate()} isClosing={close.isPending} />
      ) : (
        <>
          <p className="muted">
            Participants join from their own phones or laptops on this network: no internet, no
            install. Nothing leaves this computer.
          </p>
          {isOtherWorkshopOpen ? (
            <p className="muted">
              A room is open for another workshop: opening this one closes it.
            </p>
          ) : null}
          <ChooseAddress workshopId={workshop.id} onCancel={() => onInvitingChange(false)} />
        </>
      )}
    </section>
  );
}

/** The header's way into the room, while the workshop runs and no room is open for it. */
export function InviteRoomButton({
  workshop,
  onInvite,
}: {
  workshop: Workshop;
  onInvite: () => void;
}) {
  const { invite } = useRoomStatus(workshop.id);
  if (workshop.status !== 'running' || invite) return null;
  return (
    <button type="button" className="button" onClick={onInvite}>
      Invite the room
    </button>
  );
}

function ChooseAddress({ workshopId, onCancel }: { workshopId: string; onCancel: () => void }) {
  const id = useId();
  const addresses = useQuery(roomAddressesQuery);
  const open = useOpenRoom(workshopId);
  const [picked, setPicked] = useState<string | null>(null);
  const list = addresses.data ?? [];
  const address = picked ?? list[0]?.address ?? '';

  if (addresses.isLoading) return <p className="muted">Looking for networks…</p>;
  if (addresses.isError) return <p role="alert">{addresses.error.message}</p>;
  if (list.length === 0) {
    return (
      <p role="alert">
        This computer is on no network: join the venue Wi-Fi or start the laptop’s hotspot, then try
        again.
      </p>
    );
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    // Once open, the panel shows the room; closing it later starts from "Invite the room".
    open.mutate(address, { onSuccess: onCancel });
  };
  return (
    <form className="room__choose" onSubmit={submit}>
      <label htmlFor={`${id}-address`}>Network the room listens on</label>
      <select id={`${id}-address`} value={address} onChange={(e) => setPicked(e.target.value)}>
        {list.map((a) => (
          <option key={a.address} value={a.address}>
            {a.name} · {a.address}
            {a.isPrivate ? '' : ' (public address)'}
          </option>
        ))}
      </select>
      <p className="muted">
        Only devices on that network can reach the room, and only with the code. Up to{' '}
        {ROOM_LIMITS.maxParticipants} people.
      </p>
      <div className="room__buttons">
        <button type="submit" className="button button--primary" disabled={open.isPending}>
          {open.isPending ? 'Opening…' : 'Open the room'}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function OpenRoom({
  invite,
  onClose,
  isClosing,
}: {
  invite: RoomInvite;
  onClose: () => void;
  isClosing: boolean;
}) {
  const remove = useRemoveFromRoom();
  return (
    <div className="room__open">
      <RoomInviteCard invite={invite} size="small" />
      <h4>
        Joined <span className="muted">· {invite.participants.length}</span>
      </h4>
      {invite.participants.length === 0 ? (
        <p className="muted">Nobody yet: the code and the QR code are on the projector.</p>
      ) : (
        <ul className="room__people">
          {invite.participants.map((p) => (
            <li key={p.id}>
              <span>{p.name}</span>
              <button
                type="button"
                className="button button--quiet"
                aria-label={`Remove ${p.name} from the room`}
                onClick={() => remove.mutate(p.id)}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <button type="button" className="button" onClick={onClose} disabled={isClosing}>
        Close the room
      </button>
    </div>
  );
}

import type { RoomInvite } from '@shared/room/protocol';
import './roomInvite.css';

/**
 * How to join: the QR code (drawn by the `qrcode` library in the host), the short URL and the
 * code. The same card shows small on the laptop and large on the projector.
 */
export function RoomInviteCard({ invite, size }: { invite: RoomInvite; size: 'small' | 'large' }) {
  const qr = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(invite.qrSvg)}`;
  return (
    <div className={`room-invite room-invite--${size}`}>
      <img className="room-invite__qr" src={qr} alt={`QR code for ${invite.url}`} />
      <div className="room-invite__text">
        <p className="room-invite__label">Join on your phone</p>
        <p className="room-invite__url">{invite.url}</p>
        <p className="room-invite__label">Code</p>
        <p
          className="room-invite__code"
          aria-label={`Join code ${invite.code.split('').join(' ')}`}
        >
          {invite.code}
        </p>
      </div>
    </div>
  );
}

import { useEffect, useId, useState, type FormEvent } from 'react';
import { formatCountdown } from '@shared/domain/workshop/timer';
import { MAX_NAME_LENGTH, type ParticipantView } from '@shared/room/protocol';
import { joinRoom, savedToken, useRoomView } from './connection';
import { StageTool } from './StageTool';

/** The participant's page: join with the code, then do what the current item asks. */
export function ParticipantApp() {
  const [token, setToken] = useState<string | null>(savedToken);
  const connection = useRoomView(token);

  if (!token) return <JoinForm onJoined={setToken} />;
  if (connection.state === 'connecting') {
    return (
      <main className="p-page">
        <p className="p-status">Connecting to the room…</p>
      </main>
    );
  }
  if (connection.state === 'over') {
    return (
      <main className="p-page">
        <h1>The session is over</h1>
        <p className="p-status" role="status">
          {connection.reason === 'removed'
            ? 'The facilitator removed you from the room.'
            : connection.reason === 'lost'
              ? 'The room is no longer reachable: the facilitator has closed it.'
              : 'The facilitator closed the room. Thank you for taking part.'}
        </p>
        <p className="p-hint">Nothing of this session is kept on this device.</p>
      </main>
    );
  }
  return <LiveRoom token={token} view={connection.view} receivedAt={connection.receivedAt} />;
}

function JoinForm({ onJoined }: { onJoined: (token: string) => void }) {
  const id = useId();
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    joinRoom(code, name)
      .then(({ token }) => onJoined(token))
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)))
      .finally(() => setBusy(false));
  };

  return (
    <main className="p-page">
      <h1>Join the room</h1>
      <p className="p-hint">Enter the code shown on the screen and the name the room will see.</p>
      <form className="p-form" onSubmit={submit} noValidate>
        <label htmlFor={`${id}-code`}>Code</label>
        <input
          id={`${id}-code`}
          className="p-input p-input--code"
          value={code}
          onChange={(e) => setCode(e.target.value)}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={12}
          required
        />
        <label htmlFor={`${id}-name`}>Your name</label>
        <input
          id={`${id}-name`}
          className="p-input"
          value={name}
          onChange={(e) => setName(e.target.value)}
          autoComplete="given-name"
          maxLength={MAX_NAME_LENGTH}
          required
        />
        {error ? (
          <p className="p-error" role="alert">
            {error}
          </p>
        ) : null}
        <button type="submit" className="p-button p-button--primary" disabled={isBusy}>
          {isBusy ? 'Joining…' : 'Join'}
        </button>
      </form>
    </main>
  );
}

function LiveRoom({
  token,
  view,
  receivedAt,
}: {
  token: string;
  view: ParticipantView;
  receivedAt: number;
}) {
  const item = view.stage.item;
  return (
    <main className="p-page">
      <header className="p-header">
        <p className="p-eyebrow">
          {view.stage.workshopTitle || 'Workshop'} · {view.name}
        </p>
        <h1>{item ? item.title : 'Waiting for the facilitator'}</h1>
        {item?.timer ? <Timer timer={item.timer} receivedAt={receivedAt} /> : null}
      </header>
      <StageTool token={token} view={view} />
      <p className="p-hint">
        {view.counts.participants} in the room · {view.counts.submitted} sent for this item
      </p>
    </main>
  );
}

function Timer({
  timer,
  receivedAt,
}: {
  timer: { remainingMs: number; isRunning: boolean };
  receivedAt: number;
}) {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    if (!timer.isRunning) return;
    const tick = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(tick);
  }, [timer.isRunning]);
  const remaining = timer.isRunning ? timer.remainingMs - (now - receivedAt) : timer.remainingMs;
  return (
    <p className="p-timer" aria-label="Time left">
      {formatCountdown(remaining)}
      {timer.isRunning ? '' : ' · paused'}
    </p>
  );
}

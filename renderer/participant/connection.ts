import { useEffect, useState } from 'react';
import type { ParticipantMessage, ParticipantView } from '@shared/room/protocol';

/*
 * The page's only link to the room: relative URLs under the room's secret path, so it talks to
 * the server that served it and nothing else. The token lives in this tab only.
 */

const TOKEN_KEY = 'quarterdeck-room-token';

export type Joined = { token: string };

async function readError(res: Response): Promise<string> {
  const body = (await res.json().catch(() => null)) as { error?: unknown } | null;
  return typeof body?.error === 'string' ? body.error : `The room answered ${res.status}.`;
}

/** Joins with the code and a name; throws with the room's reason when refused. */
export async function joinRoom(code: string, name: string): Promise<Joined> {
  const res = await fetch('api/join', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code, name }),
  }).catch(() => null);
  if (!res) throw new Error('The room is not reachable: it may have closed.');
  if (!res.ok) throw new Error(await readError(res));
  const { token } = (await res.json()) as { token: string };
  sessionStorage.setItem(TOKEN_KEY, token);
  return { token };
}

/** The token from an earlier join in this tab, so a reload keeps your place. */
export function savedToken(): string | null {
  return sessionStorage.getItem(TOKEN_KEY);
}

export function forgetToken(): void {
  sessionStorage.removeItem(TOKEN_KEY);
}

/** Sends one message; throws with the room's reason when refused. */
export async function sendMessage(token: string, message: ParticipantMessage): Promise<void> {
  const res = await fetch('api/send', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(message),
  }).catch(() => null);
  if (!res) throw new Error('The room is not reachable: it may have closed.');
  if (!res.ok) throw new Error(await readError(res));
}

export type Connection =
  | { state: 'connecting' }
  | { state: 'live'; view: ParticipantView; receivedAt: number }
  | { state: 'over'; reason: 'closed' | 'removed' | 'lost' };

/** Follows the room's view over server-sent events until the session ends. */
export function useRoomView(token: string | null): Connection {
  const [connection, setConnection] = useState<Connection>({ state: 'connecting' });
  useEffect(() => {
    if (!token) return;
    const source = new EventSource(`api/events?token=${encodeURIComponent(token)}`);
    let failures = 0;
    source.onmessage = (event: MessageEvent<string>) => {
      failures = 0;
      const view = JSON.parse(event.data) as ParticipantView;
      if (view.status !== 'open') {
        source.close();
        forgetToken();
        setConnection({ state: 'over', reason: view.status });
        return;
      }
      setConnection({ state: 'live', view, receivedAt: Date.now() });
    };
    source.onerror = () => {
      failures += 1;
      // The server refuses a stale token outright, and a stopped server never answers again.
      if (source.readyState === EventSource.CLOSED || failures >= 3) {
        source.close();
        forgetToken();
        setConnection({ state: 'over', reason: 'lost' });
      }
    };
    return () => source.close();
  }, [token]);
  return connection;
}

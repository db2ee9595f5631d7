import { app, ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import type { z } from 'zod';
import {
  contract,
  events,
  type Channel,
  type Contract,
  type EventChannel,
  type IpcResult,
  type PayloadOf,
  type ResponseOf,
} from '../../shared/ipc/contract';
import { devServerUrlFrom, isTrustedUrl } from './origins';

/** A request after its schema has parsed it (defaults applied, strings trimmed). */
export type ParsedRequest<C extends Channel> = z.output<Contract[C]['request']>;

/** The part of an invoke event the sender check reads. */
export interface SenderEvent {
  readonly senderFrame: { readonly url: string } | null;
}

/** A channel's implementation: gets a valid request, returns the response or throws. */
export type Handler<C extends Channel, E extends SenderEvent = IpcMainInvokeEvent> = (
  request: ParsedRequest<C>,
  event: E,
) => ResponseOf<C> | Promise<ResponseOf<C>>;

/**
 * Wraps a handler in the checks every channel gets: the sender frame must be trusted, the
 * request must match the contract, and the result (or any error) comes back as an
 * {@link IpcResult}, so nothing is ever thrown across the bridge.
 */
export function createIpcHandler<C extends Channel, E extends SenderEvent>(
  channel: C,
  fn: Handler<C, E>,
  isTrustedSender: (url: string | undefined) => boolean,
): (event: E, request: unknown) => Promise<IpcResult<ResponseOf<C>>> {
  // TypeScript cannot tie `contract[channel]` to `C` for a generic channel, so the two parsed
  // values below are cast; the schemas themselves are the channel's own, so the casts hold.
  const { request: requestSchema, response: responseSchema } = contract[channel];
  return async (event, request) => {
    const senderUrl = event.senderFrame?.url;
    if (!isTrustedSender(senderUrl)) {
      console.warn(`Refused ${channel} from untrusted sender ${senderUrl ?? '(gone)'}`);
      return { ok: false, error: `Refused ${channel}: the request did not come from Quarterdeck.` };
    }
    const parsed = requestSchema.safeParse(request);
    if (!parsed.success) {
      return {
        ok: false,
        error: `Invalid request for ${channel}: ${describeIssues(parsed.error)}`,
      };
    }
    let data: unknown;
    try {
      data = await fn(parsed.data as ParsedRequest<C>, event);
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
    const checked = responseSchema.safeParse(data);
    if (!checked.success) {
      console.error(`Handler for ${channel} broke the contract: ${describeIssues(checked.error)}`);
      return { ok: false, error: `Quarterdeck sent an unexpected response for ${channel}.` };
    }
    return { ok: true, data: checked.data as ResponseOf<C> };
  };
}

/** Registers a channel's handler with the checks of {@link createIpcHandler}. */
export function handle<C extends Channel>(channel: C, fn: Handler<C>): void {
  const devServerUrl = devServerUrlFrom(process.env, app.isPackaged);
  ipcMain.handle(
    channel,
    createIpcHandler(channel, fn, (url) => isTrustedUrl(url, devServerUrl)),
  );
}

/** One line a person can read: `suggestedName: A file name, not a path`. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) =>
      issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message,
    )
    .join('; ');
}

/**
 * Sends an event to a window's renderer, unasked (a menu command): the payload is checked
 * against the contract first, so main can never send what the renderer does not expect.
 */
export function sendEvent<E extends EventChannel>(
  contents: Pick<WebContents, 'send'>,
  channel: E,
  payload: PayloadOf<E>,
): void {
  contents.send(channel, events[channel].payload.parse(payload));
}

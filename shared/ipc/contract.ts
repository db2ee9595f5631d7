import * as z from 'zod';
import { autoBackupIdSchema, autoBackupReasonSchema } from '../backup/rotation';
import { savedNameProblem } from '../files/savedFiles';
import { events } from './events';
import { folderChannels } from './folderChannels';
import { MAX_FILE_BYTES, utf8ByteLength } from '../files/textFile';
import { idSchema } from '../domain/primitives';
import {
  roomAddressSchema,
  roomEventSchema,
  roomInviteSchema,
  stageSchema,
} from '../room/protocol';

/** A file-type filter for native open and save dialogs. */
export const fileFilterSchema = z.object({
  name: z.string().min(1).max(100),
  extensions: z
    .array(z.string().regex(/^[a-z0-9]+$/i))
    .min(1)
    .max(10),
});

/** Text of at most {@link MAX_FILE_BYTES} bytes in UTF-8: the limit every door reads files with. */
const fileTextSchema = z
  .string()
  .refine((text) => utf8ByteLength(text) <= MAX_FILE_BYTES, 'The file is too large to save');

/**
 * A document to save: text (Markdown, HTML, CSV, a backup), bytes (Word), or a self-contained
 * HTML page that main prints to PDF (page numbers come from its own `@page` rules).
 */
export const savedDocumentSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('text'), text: fileTextSchema }),
  z.object({
    kind: z.literal('bytes'),
    bytes: z
      .custom<Uint8Array>((value) => value instanceof Uint8Array, 'Expected bytes (a Uint8Array)')
      .refine((bytes) => bytes.byteLength <= MAX_FILE_BYTES, 'The document is too large to save'),
  }),
  z.object({ kind: z.literal('pdf'), html: fileTextSchema.min(1) }),
]);
export type SavedDocument = z.infer<typeof savedDocumentSchema>;

/**
 * The IPC contract: one entry per channel, each with a runtime schema for the request main
 * receives and the response the renderer gets. Main validates every request against it; the
 * preload and the browser host implement the same {@link DesktopApi}.
 */
export const contract = {
  /** Facts about the host, shown in About and used to tailor labels ("Save" vs "Download"). */
  'app:get-info': {
    request: z.void(),
    response: z.object({
      name: z.string(),
      version: z.string(),
      platform: z.string(),
      host: z.enum(['desktop', 'browser']),
    }),
  },
  /**
   * Saves a document where the person chooses: main shows the save dialog, prints `pdf` HTML to
   * PDF itself, and writes the bytes atomically. `saved: false` when the dialog is cancelled;
   * `printed: true` when the host's print dialog took over instead (the browser, for a PDF).
   * Only the types the app writes are saved (`shared/files/savedFiles.ts`): the suggested name
   * must be a plain file name with the document kind's extension.
   */
  'export:save-document': {
    request: z
      .object({
        suggestedName: z.string().min(1).max(200),
        filters: z.array(fileFilterSchema).max(10),
        document: savedDocumentSchema,
      })
      .superRefine((request, context) => {
        const problem = savedNameProblem(request.suggestedName, request.document.kind);
        if (problem)
          context.addIssue({ code: 'custom', message: problem, path: ['suggestedName'] });
      }),
    response: z.object({ saved: z.boolean(), path: z.string().nullable(), printed: z.boolean() }),
  },
  /**
   * Shows an open dialog and returns the chosen file's text; `null` when cancelled. The file is
   * read as every door reads files (`shared/files/textFile.ts`), up to `maxBytes` (at most, and
   * by default, the limit every door shares).
   */
  'file:open-text': {
    request: z.object({
      filters: z.array(fileFilterSchema).max(10),
      maxBytes: z.number().int().positive().max(MAX_FILE_BYTES).optional(),
    }),
    response: z.object({ name: z.string(), content: z.string() }).nullable(),
  },
  /** Shows a file this session saved in its folder (Explorer, Finder, Files). */
  'file:reveal': {
    request: z.object({ path: z.string().min(1).max(4096) }),
    response: z.void(),
  },
  /** Opens a file this session saved with the system's default app. */
  'file:open-saved': {
    request: z.object({ path: z.string().min(1).max(4096) }),
    response: z.void(),
  },
  /**
   * Keeps an automatic backup (the backup file's text, its UTF-8 bytes, or in a browser a Blob of
   * them) in the app's data folder, then prunes
   * older ones by the rotation in `shared/backup/rotation.ts`. The host names and dates it by
   * its own clock and never overwrites one; returns the new backup's id.
   */
  'backup:save-auto': {
    request: z.object({
      // Bytes (UTF-8) from the backup worker cross without decoding or copying on the UI thread.
      content: z.union([
        fileTextSchema.min(1),
        z
          .custom<Uint8Array>(
            (value) => value instanceof Uint8Array,
            'Expected bytes (a Uint8Array)',
          )
          .refine((b) => b.byteLength > 0 && b.byteLength <= MAX_FILE_BYTES, 'Expected a backup'),
        // A browser's own store keeps a Blob made in the backup worker (no IPC carries one).
        z
          .custom<Blob>(
            (value) => typeof Blob !== 'undefined' && value instanceof Blob,
            'Expected a Blob',
          )
          .refine((b) => b.size > 0 && b.size <= MAX_FILE_BYTES, 'Expected a backup'),
      ]),
      reason: autoBackupReasonSchema,
    }),
    response: z.object({ id: autoBackupIdSchema }),
  },
  /** The automatic backups kept, newest first. */
  'backup:list-auto': {
    request: z.void(),
    response: z.array(
      z.object({
        id: autoBackupIdSchema,
        createdAt: z.iso.datetime({ offset: true }),
        reason: autoBackupReasonSchema,
        bytes: z.number().int().nonnegative(),
      }),
    ),
  },
  /** One automatic backup's text, to preview and restore like a chosen file. */
  'backup:read-auto': {
    request: z.object({ id: autoBackupIdSchema }),
    response: z.object({ content: z.string() }),
  },
  /**
   * Opens a workshop's presentation view for the projector in a second window, full screen on a
   * second display when there is one, or brings it forward showing that workshop. A browser
   * opens it in a second tab. `isOnSecondDisplay` says where it went.
   */
  'window:open-presentation': {
    request: z.object({
      workshopId: z
        .string()
        .min(1)
        .max(64)
        .regex(/^[A-Za-z0-9-]+$/, 'A workshop id'),
    }),
    response: z.object({ isOnSecondDisplay: z.boolean() }),
  },
  /** The network addresses a room can listen on, private (LAN, hotspot) ones first. */
  'room:list-addresses': {
    request: z.void(),
    response: z.array(roomAddressSchema).max(64),
  },
  /**
   * Opens the room for a workshop on one chosen address and a random port (closing any other
   * room): participants join from their own devices with the URL and the code.
   */
  'room:open': {
    request: z.object({ workshopId: idSchema, address: z.string().min(1).max(64) }),
    response: roomInviteSchema,
  },
  /** The open room's invitation and who is in it, or null when no room is open. */
  'room:status': {
    request: z.void(),
    response: roomInviteSchema.nullable(),
  },
  /** Stops the room's server; every participant page says the session is over. */
  'room:close': {
    request: z.void(),
    response: z.object({ closed: z.literal(true) }),
  },
  /** Sets what participants see: the current item, its timer and its choices, never votes. */
  'room:publish': {
    request: z.object({ stage: stageSchema }),
    response: z.object({ published: z.literal(true) }),
  },
  /** The submissions that arrived since the last call, for the workshop's tables. */
  'room:take-events': {
    request: z.void(),
    response: z.array(roomEventSchema).max(10_000),
  },
  /** Removes one participant's device from the room. */
  'room:remove-participant': {
    request: z.object({ participantId: idSchema }),
    response: z.object({ removed: z.boolean() }),
  },
  ...folderChannels,
} as const;

export { events };

export type Events = typeof events;
export type EventChannel = keyof Events;
export type PayloadOf<E extends EventChannel> = z.output<Events[E]['payload']>;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type RequestOf<C extends Channel> = z.input<Contract[C]['request']>;
export type ResponseOf<C extends Channel> = z.output<Contract[C]['response']>;

/** What every handler returns across the bridge: errors travel as data, not as thrown objects. */
export type IpcResult<T> = { ok: true; data: T } | { ok: false; error: string };

/** camelCase method name for a channel: `file:open-text` → `fileOpenText`. */
type MethodName<C extends string> = C extends `${infer NS}:${infer Rest}`
  ? `${NS}${Capitalize<KebabToCamel<Rest>>}`
  : never;
type KebabToCamel<S extends string> = S extends `${infer H}-${infer T}`
  ? `${H}${Capitalize<KebabToCamel<T>>}`
  : S;

/** Subscribe method name for an event channel: `menu:command` → `onMenuCommand`. */
type SubscribeName<E extends string> = `on${Capitalize<MethodName<E>>}`;

/** Listens to one event channel; returns how to stop listening. */
export type Subscribe<E extends EventChannel> = (
  listener: (payload: PayloadOf<E>) => void,
) => () => void;

/**
 * The API the renderer sees, derived from the contract so it is typed exactly once: one method
 * per request channel, and one subscribe method per event channel.
 */
export type DesktopApi = {
  [C in Channel as MethodName<C>]: RequestOf<C> extends void
    ? () => Promise<IpcResult<ResponseOf<C>>>
    : (request: RequestOf<C>) => Promise<IpcResult<ResponseOf<C>>>;
} & { [E in EventChannel as SubscribeName<E>]: Subscribe<E> };

/** Runtime twin of {@link MethodName}, used by the preload and tests. */
export function methodName<C extends string>(channel: C): MethodName<C> {
  const [ns, rest = ''] = channel.split(':');
  const camel = rest.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
  return `${ns}${camel.charAt(0).toUpperCase()}${camel.slice(1)}` as MethodName<C>;
}

export const channels = Object.keys(contract) as Channel[];

/** Runtime twin of {@link SubscribeName}: `menu:command` → `onMenuCommand`. */
export function subscribeName<E extends EventChannel>(channel: E): SubscribeName<E> {
  const method: string = methodName(channel);
  return `on${method.charAt(0).toUpperCase()}${method.slice(1)}` as SubscribeName<E>;
}

export const eventChannels = Object.keys(events) as EventChannel[];

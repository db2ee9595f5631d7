import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
// Types only: the contract's schemas need zod, which a sandboxed preload cannot load.
import type {
  Channel,
  DesktopApi,
  EventChannel,
  IpcResult,
  PayloadOf,
  RequestOf,
  ResponseOf,
  Subscribe,
} from '../../shared/ipc/contract';

function invoke<C extends Channel>(
  channel: C,
  request?: RequestOf<C>,
): Promise<IpcResult<ResponseOf<C>>> {
  return ipcRenderer.invoke(channel, request);
}

/**
 * Listens to what main sends on one channel. Only the payload crosses (never the event, which
 * carries the sender); the renderer checks it against the contract's schema on receipt.
 */
function subscribe<E extends EventChannel>(channel: E): Subscribe<E> {
  return (listener) => {
    const forward = (_event: IpcRendererEvent, payload: PayloadOf<E>) => listener(payload);
    ipcRenderer.on(channel, forward);
    return () => {
      ipcRenderer.removeListener(channel, forward);
    };
  };
}

/** One method per contract channel; main validates every request, so this only forwards. */
const api = {
  appGetInfo: () => invoke('app:get-info'),
  fileOpenText: (request) => invoke('file:open-text', request),
  fileReveal: (request) => invoke('file:reveal', request),
  fileOpenSaved: (request) => invoke('file:open-saved', request),
  exportSaveDocument: (request) => invoke('export:save-document', request),
  backupSaveAuto: (request) => invoke('backup:save-auto', request),
  backupListAuto: () => invoke('backup:list-auto'),
  backupReadAuto: (request) => invoke('backup:read-auto', request),
  windowOpenPresentation: (request) => invoke('window:open-presentation', request),
  onMenuCommand: subscribe('menu:command'),
  roomListAddresses: () => invoke('room:list-addresses'),
  roomOpen: (request) => invoke('room:open', request),
  roomStatus: () => invoke('room:status'),
  roomClose: () => invoke('room:close'),
  roomPublish: (request) => invoke('room:publish', request),
  roomTakeEvents: () => invoke('room:take-events'),
  roomRemoveParticipant: (request) => invoke('room:remove-participant', request),
  folderChoose: () => invoke('folder:choose'),
  folderStatus: () => invoke('folder:status'),
  folderReconnect: () => invoke('folder:reconnect'),
  folderDisconnect: () => invoke('folder:disconnect'),
  folderRead: () => invoke('folder:read'),
  folderWrite: (request) => invoke('folder:write', request),
  onFolderChanged: subscribe('folder:changed'),
} satisfies DesktopApi;

contextBridge.exposeInMainWorld('quarterdeck', api);

import { useQuery } from '@tanstack/react-query';
import { acceleratorFor, APP_COMMANDS, COMMANDS, describeAccelerator } from '@shared/ipc/commands';
import { Dialog, DialogFooter } from '../components/Dialog';
import { appInfoQuery } from '../lib/appInfo';

/** Keys that are not menu commands, where they work. */
const OTHER_KEYS: readonly { keys: string; does: string }[] = [
  { keys: 'Ctrl+K', does: 'Go to any team, quarter, objective or key result' },
  { keys: 'Ctrl+Z', does: 'Undo the last deletion or move (outside a text field)' },
  { keys: 'Esc', does: 'Close a dialog (it asks first if something is unsaved)' },
  { keys: 'Alt+← / Alt+→', does: 'Setting: previous or next step' },
  { keys: 'Alt+1 – Alt+5', does: 'Setting: jump to a step' },
  { keys: 'Enter', does: 'Check-in meeting: save this answer and go to the next key result' },
  { keys: 'Shift+Enter', does: 'Check-in meeting: a new line in a note' },
];

/** Every keyboard shortcut, with the keys of the computer and host the app runs on. */
export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const info = useQuery(appInfoQuery()).data;
  const host = info?.host ?? 'browser';
  const isMac = /^(darwin|mac)/i.test(info?.platform ?? '');
  const other = OTHER_KEYS.map((k) =>
    isMac ? { ...k, keys: k.keys.replace('Ctrl+', '⌘').replace('Alt+', '⌥') } : k,
  );
  return (
    <Dialog title="Keyboard shortcuts" onClose={onClose}>
      <div className="form shortcuts">
        <table className="table table--compact">
          <caption className="visually-hidden">Menu commands and their keys</caption>
          <thead>
            <tr>
              <th scope="col">Command</th>
              <th scope="col">Keys</th>
            </tr>
          </thead>
          <tbody>
            {APP_COMMANDS.map((command) => (
              <tr key={command}>
                <th scope="row">
                  {COMMANDS[command].menu === 'view'
                    ? `Show ${COMMANDS[command].label}`
                    : COMMANDS[command].label}
                </th>
                <td>
                  <kbd>{describeAccelerator(acceleratorFor(command, host), isMac)}</kbd>
                </td>
              </tr>
            ))}
            {other.map((k) => (
              <tr key={k.keys}>
                <th scope="row">{k.does}</th>
                <td>
                  <kbd>{k.keys}</kbd>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <DialogFooter>
          <button type="button" className="button button--primary" onClick={onClose} autoFocus>
            Close
          </button>
        </DialogFooter>
      </div>
    </Dialog>
  );
}

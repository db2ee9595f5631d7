import { useEffect, useRef, useState } from 'react';
import { errorMessage } from '../lib/formErrors';
import { recoverableImport } from '../lib/recoverableImport';
import { isScreenLoadError } from '../lib/retryableLazy';
import type { CaughtRenderError } from '../components/ErrorBoundary';
import { describeRenderFailure } from './renderFailure';
import { useUiStore } from '../state/uiStore';

type ScreenFailureProps = {
  caught: CaughtRenderError;
  /** A phase screen inside the window, or the whole window (then the heading is the page's h1). */
  scope: 'screen' | 'app';
  /** Leaves the broken screen for the quarter's home (the Check-ins overview). */
  onGoHome: () => void;
};

// Loaded when asked for: the backup writer stays out of the first screen's script.
const importBackupWriter = recoverableImport(() => import('../features/backup/saveBackupFile'));

type Outcome = { tone: 'info' | 'error'; message: string } | null;

/**
 * What shows instead of a screen that threw while rendering: what happened in plain words, that
 * the data is safe, and three ways on: the quarter's home, a backup now, the error details.
 */
export function ScreenFailure({ caught, scope, onGoHome }: ScreenFailureProps) {
  const [details] = useState(() =>
    describeRenderFailure({
      error: caught.error,
      componentStack: caught.componentStack,
      view: useUiStore.getState(),
      appVersion: __APP_VERSION__,
      userAgent: navigator.userAgent,
      at: new Date(),
    }),
  );
  const [backup, setBackup] = useState<Outcome>(null);
  const [isBackingUp, setBackingUp] = useState(false);
  const [copy, setCopy] = useState<Outcome>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const Heading = scope === 'app' ? 'h1' : 'h2';
  // A chunk that failed to load may load on a second try (React.lazy never retried it).
  const isLoadFailure = isScreenLoadError(caught.error);

  // Keyboard and screen-reader users land on the explanation, not on a vanished control.
  useEffect(() => heading.current?.focus(), []);

  const backUpNow = async () => {
    setBackingUp(true);
    setBackup(null);
    try {
      const { saveBackupFile } = await importBackupWriter();
      const result = await saveBackupFile();
      setBackup(
        !result.saved
          ? { tone: 'info', message: 'No backup was made: the save was cancelled.' }
          : {
              tone: 'info',
              message: result.path
                ? `Backed up all data to ${result.path}.`
                : `Backed up all data: downloaded ${result.fileName}.`,
            },
      );
    } catch (error) {
      setBackup({ tone: 'error', message: `Could not back up: ${errorMessage(error)}` });
    } finally {
      setBackingUp(false);
    }
  };

  const copyDetails = async () => {
    const isCopied = await copyText(details);
    setCopy(
      isCopied
        ? { tone: 'info', message: 'Copied the error details.' }
        : {
            tone: 'error',
            message: 'Could not copy them here: open “Error details” below and copy the text.',
          },
    );
  };

  return (
    <section className="screen-failure" aria-labelledby="screen-failure-heading">
      <Heading id="screen-failure-heading" ref={heading} tabIndex={-1}>
        This screen could not be shown
      </Heading>
      <div className="screen-failure__body">
        <p>
          {isLoadFailure
            ? 'Quarterdeck could not load this screen’s code. Try again; if it keeps failing, restart Quarterdeck.'
            : 'Something went wrong while Quarterdeck was drawing it.'}{' '}
          Your data is safe: nothing was changed or lost.
        </p>
        <p>
          {scope === 'screen'
            ? 'The rest of the app still works: go to the quarter’s home, or choose another phase.'
            : 'Go to the quarter’s home to carry on.'}{' '}
          If it happens again, back up your data and send the error details with your report.
        </p>
      </div>
      <div className="screen-failure__actions">
        {isLoadFailure && (
          <button type="button" className="button button--primary" onClick={caught.reset}>
            Retry
          </button>
        )}
        <button
          type="button"
          className={isLoadFailure ? 'button' : 'button button--primary'}
          onClick={onGoHome}
        >
          Go to the quarter’s home
        </button>
        <button
          type="button"
          className="button"
          onClick={() => void backUpNow()}
          disabled={isBackingUp}
        >
          {isBackingUp ? 'Backing up…' : 'Back up now'}
        </button>
        <button type="button" className="button" onClick={() => void copyDetails()}>
          Copy error details
        </button>
      </div>
      <div role="status" className="screen-failure__status">
        {[backup, copy].map(
          (outcome) =>
            outcome && (
              <p
                key={outcome.message}
                className={outcome.tone === 'error' ? 'form-error' : 'muted'}
              >
                {outcome.message}
              </p>
            ),
        )}
      </div>
      <details className="screen-failure__details">
        <summary>Error details</summary>
        <pre>{details}</pre>
      </details>
    </section>
  );
}

/**
 * Puts `text` on the clipboard: the async API where the page may, else the older copy command
 * (the desktop app grants pages no clipboard permission; a click still allows a copy).
 */
async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Fall through to the copy command.
  }
  const field = document.createElement('textarea');
  field.value = text;
  field.setAttribute('readonly', '');
  field.className = 'visually-hidden';
  document.body.append(field);
  field.select();
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    field.remove();
  }
}

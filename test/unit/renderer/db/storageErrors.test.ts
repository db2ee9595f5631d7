import Dexie from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { requestPersistentStorage } from '../../../../renderer/src/db/persistentStorage';
import {
  STORAGE_FULL_MESSAGE,
  STORAGE_UNAVAILABLE_MESSAGE,
  storageErrorMessage,
  storageFailureOf,
} from '../../../../renderer/src/lib/storageErrors';
import {
  SafetyBackupError,
  takeSafetyBackup,
} from '../../../../renderer/src/features/backup/autoBackup';
import { desktopApi } from '../../../../renderer/src/lib/desktopApi';
import { errorMessage } from '../../../../renderer/src/lib/formErrors';
import { openFreshDb } from './builders';

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('storageFailureOf: the browser’s storage errors, however they are wrapped', () => {
  it.each<[string, unknown, 'full' | 'unavailable' | null]>([
    ['a QuotaExceededError', quota(), 'full'],
    ['Dexie’s QuotaExceededError', new Dexie.QuotaExceededError('quota'), 'full'],
    [
      'an aborted transaction with the quota error inside',
      new Dexie.AbortError('Transaction aborted', quota()),
      'full',
    ],
    [
      'a bulk write whose failures hold the quota error',
      new Dexie.BulkError('2 of 3 operations failed', [new Error('x'), quota()]),
      'full',
    ],
    [
      'a failed open with “Internal error opening backing store”',
      new Dexie.OpenFailedError(
        new DOMException(
          'Internal error opening backing store for indexedDB.open.',
          'UnknownError',
        ),
      ),
      'unavailable',
    ],
    ['an ordinary error', new Error('That quarter no longer exists.'), null],
    ['a constraint error', new Dexie.ConstraintError('Key already exists'), null],
    ['something that is not an error', 'oops', null],
  ])('%s', (_, error, failure) => {
    expect(storageFailureOf(error)).toBe(failure);
  });
});

describe('the messages a person sees', () => {
  it('says what happened, that nothing was lost, and what to do', () => {
    expect(STORAGE_FULL_MESSAGE).toMatch(/is full/);
    expect(STORAGE_FULL_MESSAGE).toMatch(/Nothing was lost/);
    expect(STORAGE_FULL_MESSAGE).toMatch(/Free some disk space, or back up all data to a file/);
    expect(STORAGE_UNAVAILABLE_MESSAGE).toMatch(/Nothing was deleted/);
  });

  it('is what every screen shows for a storage failure, instead of the raw error', () => {
    expect(errorMessage(new Dexie.AbortError('AbortError', quota()))).toBe(STORAGE_FULL_MESSAGE);
    expect(errorMessage(new Error('That quarter no longer exists.'))).toBe(
      'That quarter no longer exists.',
    );
    expect(storageErrorMessage(new Error('x'))).toBeNull();
  });

  it('explains a safety backup that failed because storage is full', async () => {
    openFreshDb();
    vi.spyOn(desktopApi(), 'backupSaveAuto').mockRejectedValueOnce(
      new Dexie.AbortError('Transaction aborted', quota()),
    );
    const error = await takeSafetyBackup('before-restore').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SafetyBackupError);
    expect((error as Error).message).toBe(
      `Could not take a safety backup first: ${STORAGE_FULL_MESSAGE}; nothing was changed.`,
    );
    vi.restoreAllMocks();
  });
});

describe('requestPersistentStorage', () => {
  it('asks once the data is not persistent yet, and says whether it is now', async () => {
    const storage = { persisted: vi.fn(async () => false), persist: vi.fn(async () => true) };
    expect(await requestPersistentStorage(storage)).toBe(true);
    expect(storage.persist).toHaveBeenCalledTimes(1);
  });

  it('does not ask again when it already is, and copes with a browser that cannot', async () => {
    const storage = { persisted: vi.fn(async () => true), persist: vi.fn(async () => true) };
    expect(await requestPersistentStorage(storage)).toBe(true);
    expect(storage.persist).not.toHaveBeenCalled();
    expect(await requestPersistentStorage(undefined)).toBe(false);
    const refusing = {
      persisted: vi.fn(async () => false),
      persist: vi.fn(async () => Promise.reject(new Error('denied'))),
    };
    expect(await requestPersistentStorage(refusing)).toBe(false);
  });
});

describe('useStorageSafety', () => {
  it('turns a storage failure no screen caught into one plain message', async () => {
    const { renderHook } = await import('@testing-library/react');
    const { useStorageSafety } =
      await import('../../../../renderer/src/features/backup/useStorageSafety');
    const { useToastStore } = await import('../../../../renderer/src/state/toastStore');
    useToastStore.setState({ toasts: [] });
    const view = renderHook(() => useStorageSafety());
    const reject = (reason: unknown) => {
      const event = Object.assign(new Event('unhandledrejection', { cancelable: true }), {
        reason,
      });
      window.dispatchEvent(event);
      return event;
    };
    expect(reject(new Error('not about storage')).defaultPrevented).toBe(false);
    expect(reject(new Dexie.AbortError('aborted', quota())).defaultPrevented).toBe(true);
    reject(new Dexie.AbortError('aborted again', quota()));
    expect(useToastStore.getState().toasts.map((t) => [t.tone, t.message])).toEqual([
      ['error', STORAGE_FULL_MESSAGE],
    ]);
    view.unmount();
  });
});

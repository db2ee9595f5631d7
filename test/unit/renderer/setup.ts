import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import { connectHost } from '../../../renderer/src/app/connectHost';

// jsdom has no browser module map: importing a file afresh by URL (a retry after a failed load)
// is watched by the tests that need it, never performed. Mocked here, before connectHost loads
// the modules that use it, so every test file sees the same watched function.
vi.mock('../../../renderer/src/lib/freshImport', async (original) => ({
  ...(await original<object>()),
  importFresh: vi.fn(() => Promise.reject(new Error('jsdom cannot import a module by URL'))),
}));

// Live queries settle asynchronously and role queries are slow in jsdom, more so on a busy
// machine: findBy* and waitFor get a generous limit (met waits return at once).
configure({ asyncUtilTimeout: 15_000 });

// jsdom has <dialog> but not its modal methods; this is the part of them the app relies on.
if (typeof HTMLDialogElement !== 'undefined' && !HTMLDialogElement.prototype.showModal) {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
    // The dialog focusing steps: the control marked autofocus, unless the focus is in the dialog
    // already (React's autoFocus, which jsdom honours on a closed dialog and a browser does not).
    const marked = this.querySelector<HTMLElement>('[autofocus]');
    if (marked && !this.contains(document.activeElement)) marked.focus();
  };
  HTMLDialogElement.prototype.show = function show(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement, value?: string) {
    if (value !== undefined) this.returnValue = value;
    if (!this.hasAttribute('open')) return;
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
}

if (typeof crypto.randomUUID !== 'function') {
  Object.defineProperty(crypto, 'randomUUID', {
    configurable: true,
    value: (): `${string}-${string}-${string}-${string}-${string}` => {
      const hex = Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) =>
        b.toString(16).padStart(2, '0'),
      ).join('');
      return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
    },
  });
}

// The browser host, as `npm run web` runs: downloads, file pickers, backups in IndexedDB.
connectHost();

afterEach(() => {
  cleanup();
  localStorage.clear();
  sessionStorage.clear();
});

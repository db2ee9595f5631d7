import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBrowserHost } from '../../../../renderer/src/lib/browserHost';

/** These tests are about files; automatic backups have their own (test/unit/renderer/backup). */
const NO_AUTO_BACKUPS = {
  save: () => Promise.reject(new Error('not used')),
  list: () => Promise.resolve([]),
  read: () => Promise.resolve(null),
};

const FILTERS = [{ name: 'Plans', extensions: ['json', 'md'] }];

/** jsdom has no blob URLs; record what the host hands to them instead. */
const blobs: Blob[] = [];
const createObjectURL = vi.fn((blob: Blob) => {
  blobs.push(blob);
  return `blob:quarterdeck/${blobs.length}`;
});
const revokeObjectURL = vi.fn();

const original = { createObjectURL: URL.createObjectURL, revokeObjectURL: URL.revokeObjectURL };

beforeEach(() => {
  blobs.length = 0;
  Object.assign(URL, { createObjectURL, revokeObjectURL });
});

afterEach(() => {
  Object.assign(URL, original);
  vi.useRealTimers();
  vi.restoreAllMocks();
  createObjectURL.mockClear();
  revokeObjectURL.mockClear();
});

/** Catches the download link's click, as the browser would see it, without navigating jsdom. */
function captureDownloadClick(): { link?: HTMLAnchorElement; wasInPage?: boolean } {
  const clicked: { link?: HTMLAnchorElement; wasInPage?: boolean } = {};
  document.addEventListener(
    'click',
    (event) => {
      if (!(event.target instanceof HTMLAnchorElement)) return;
      clicked.link = event.target;
      // Firefox ignores a click on a link that is not in the document.
      clicked.wasInPage = event.target.isConnected;
      event.preventDefault();
    },
    { once: true },
  );
  return clicked;
}

describe('exportSaveDocument in a browser', () => {
  it('downloads the text under the suggested name through a blob URL', async () => {
    const clicked = captureDownloadClick();
    const result = await createBrowserHost(document, NO_AUTO_BACKUPS).exportSaveDocument({
      suggestedName: 'Payments 2027-Q1.md',
      filters: FILTERS,
      document: { kind: 'text', text: '# Objectives\nFast checkout ✓' },
    });

    expect(result).toEqual({ ok: true, data: { saved: true, path: null, printed: false } });
    expect(clicked.wasInPage).toBe(true);
    expect(clicked.link?.getAttribute('download')).toBe('Payments 2027-Q1.md');
    expect(clicked.link?.getAttribute('href')).toBe('blob:quarterdeck/1');
    expect(await blobs[0]?.text()).toBe('# Objectives\nFast checkout ✓');
    // The link does its job and leaves the page as it was.
    expect(document.querySelector('a')).toBeNull();
  });

  it('downloads bytes exactly as given', async () => {
    captureDownloadClick();
    const bytes = [0x50, 0x4b, 0x03, 0x04, 0x00, 0xff];
    await createBrowserHost(document, NO_AUTO_BACKUPS).exportSaveDocument({
      suggestedName: 'review.docx',
      filters: [],
      document: { kind: 'bytes', bytes: new Uint8Array(bytes) },
    });
    expect([...new Uint8Array(await blobs[0]!.arrayBuffer())]).toEqual(bytes);
  });

  it('hands a PDF to the browser’s print dialog in a hidden frame, and downloads nothing', async () => {
    const result = await createBrowserHost(document, NO_AUTO_BACKUPS).exportSaveDocument({
      suggestedName: 'review.pdf',
      filters: [],
      document: { kind: 'pdf', html: '<!doctype html><title>Review</title><p>Q1</p>' },
    });
    expect(result).toEqual({ ok: true, data: { saved: false, path: null, printed: true } });
    const frame = document.querySelector('iframe');
    expect(frame?.getAttribute('srcdoc')).toContain('<p>Q1</p>');
    expect(frame?.getAttribute('aria-hidden')).toBe('true');
    expect(blobs).toEqual([]);
    frame?.remove();
  });

  it('keeps the blob URL alive long enough for the download, then frees it', async () => {
    vi.useFakeTimers();
    captureDownloadClick();
    await createBrowserHost(document, NO_AUTO_BACKUPS).exportSaveDocument({
      suggestedName: 'scores.csv',
      filters: [],
      document: { kind: 'text', text: 'kr,score\n' },
    });
    vi.advanceTimersByTime(9_999);
    expect(revokeObjectURL).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(revokeObjectURL).toHaveBeenCalledWith('blob:quarterdeck/1');
  });
});

describe('fileOpenText in a browser', () => {
  /** Opens the picker and returns the file input it clicked, plus the pending result. */
  function openPicker() {
    const picked: { input?: HTMLInputElement } = {};
    vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(function (
      this: HTMLInputElement,
    ) {
      picked.input = this;
    });
    const result = createBrowserHost(document, NO_AUTO_BACKUPS).fileOpenText({ filters: FILTERS });
    if (!picked.input) throw new Error('The host did not open a file picker.');
    return { input: picked.input, result };
  }

  it('offers only the filtered file types', () => {
    const { input } = openPicker();
    expect(input.type).toBe('file');
    expect(input.accept).toBe('.json,.md');
  });

  it('resolves null when the person cancels', async () => {
    const { input, result } = openPicker();
    input.dispatchEvent(new Event('cancel'));
    expect(await result).toEqual({ ok: true, data: null });
  });

  it("resolves the chosen file's name and text", async () => {
    const { input, result } = openPicker();
    const file = new File(['{"objectives":[]}'], 'plan.json', { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [file] });
    input.dispatchEvent(new Event('change'));
    expect(await result).toEqual({
      ok: true,
      data: { name: 'plan.json', content: '{"objectives":[]}' },
    });
  });

  it('resolves null when the selection comes back empty', async () => {
    const { input, result } = openPicker();
    Object.defineProperty(input, 'files', { value: [] });
    input.dispatchEvent(new Event('change'));
    expect(await result).toEqual({ ok: true, data: null });
  });
});

describe('appGetInfo in a browser', () => {
  it('says it is the browser host, with the build version', async () => {
    const info = await createBrowserHost(document, NO_AUTO_BACKUPS).appGetInfo();
    expect(info).toEqual({
      ok: true,
      data: expect.objectContaining({
        name: 'Quarterdeck',
        version: '0.0.0-test',
        host: 'browser',
      }),
    });
  });
});

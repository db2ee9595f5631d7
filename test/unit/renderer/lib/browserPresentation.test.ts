import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createBrowserHost,
  type BrowserAutoBackups,
} from '../../../../renderer/src/lib/browserHost';

/** Automatic backups play no part here. */
const NO_AUTO_BACKUPS: BrowserAutoBackups = {
  save: () => Promise.reject(new Error('not used')),
  list: () => Promise.resolve([]),
  read: () => Promise.resolve(null),
};

afterEach(() => {
  vi.restoreAllMocks();
});

describe('windowOpenPresentation in a browser', () => {
  it('opens the workshop’s presentation in one named tab, reused on the next open', async () => {
    const tab = { focus: vi.fn() } as unknown as Window;
    const open = vi.spyOn(window, 'open').mockReturnValue(tab);
    const host = createBrowserHost(document, NO_AUTO_BACKUPS);
    await expect(host.windowOpenPresentation({ workshopId: 'w-1' })).resolves.toEqual({
      ok: true,
      data: { isOnSecondDisplay: false },
    });
    const base = window.location.href.split('#')[0];
    expect(open).toHaveBeenCalledWith(`${base}#/present/w-1`, 'quarterdeck-presentation');
    expect(tab.focus).toHaveBeenCalled();
  });

  it('says what to do when the browser blocks the tab', async () => {
    vi.spyOn(window, 'open').mockReturnValue(null);
    const result = await createBrowserHost(document, NO_AUTO_BACKUPS).windowOpenPresentation({
      workshopId: 'w-1',
    });
    expect(result).toEqual({ ok: false, error: expect.stringContaining('allow pop-ups') });
  });
});

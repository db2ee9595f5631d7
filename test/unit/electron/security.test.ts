import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  isAllowedRequestUrl,
  registerSecurityHandlers,
} from '../../../electron/main/security';
import {
  app,
  lastCallArg,
  MockWebContents,
  resetElectronMock,
  session,
} from '../../support/electronMock';

vi.mock('electron', () => import('../../support/electronMock'));

const packaged = { devServerUrl: null, allowDevTools: false };
const development = { devServerUrl: 'http://localhost:5173', allowDevTools: true };

beforeEach(resetElectronMock);

/** The policy as directive → sources, the way a browser reads it. */
function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp.split(';').map((part) => {
      const [name = '', ...sources] = part.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

describe('CONTENT_SECURITY_POLICY', () => {
  const policy = directives(CONTENT_SECURITY_POLICY);

  it('runs only the app’s own scripts: no inline script, no eval', () => {
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
  });

  it('keeps every fetch on the app origin and forbids plugins, base rewriting, forms and framing', () => {
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('runs workers only from the app’s own files, as the page and the built index.html say', async () => {
    expect(policy.get('worker-src')).toEqual(["'self'"]);
    const { readFile } = await import('node:fs/promises');
    const html = await readFile(new URL('../../../renderer/index.html', import.meta.url), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(directives(meta).get('worker-src')).toEqual(["'self'"]);
  });

  it('allows inline styles and data/blob images and fonts, which the renderer uses', () => {
    expect(policy.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(policy.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
    expect(policy.get('font-src')).toEqual(["'self'", 'data:']);
  });
});

describe('isAllowedRequestUrl', () => {
  it.each([
    'app://quarterdeck/assets/index.js',
    'data:image/png;base64,AAAA',
    'blob:app://quarterdeck/1b2c',
  ])('lets %s through', (url) => expect(isAllowedRequestUrl(url, packaged)).toBe(true));

  it.each([
    'https://fonts.googleapis.com/css2?family=Inter',
    'http://localhost:5173/@vite/client',
    'file:///etc/passwd',
    'app://elsewhere/x.js',
    'devtools://devtools/bundled/devtools_app.html',
    'chrome-extension://abc/background.js',
  ])('blocks %s in a packaged build', (url) => {
    expect(isAllowedRequestUrl(url, packaged)).toBe(false);
  });

  it('lets the dev server, its hot-reload socket and DevTools through in development only', () => {
    expect(isAllowedRequestUrl('http://localhost:5173/src/main.tsx', development)).toBe(true);
    expect(isAllowedRequestUrl('ws://localhost:5173/', development)).toBe(true);
    expect(isAllowedRequestUrl('devtools://devtools/bundled/devtools_app.html', development)).toBe(
      true,
    );
    expect(isAllowedRequestUrl('http://localhost:8080/', development)).toBe(false);
    expect(isAllowedRequestUrl('https://example.com/', development)).toBe(false);
  });
});

describe('registerSecurityHandlers', () => {
  it('refuses every permission request and check', () => {
    registerSecurityHandlers(packaged);
    const ses = session.defaultSession;
    const onRequest = lastCallArg(ses.setPermissionRequestHandler);
    const onCheck = lastCallArg(ses.setPermissionCheckHandler);
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal']) {
      const callback = vi.fn();
      onRequest({}, permission, callback, {});
      expect(callback).toHaveBeenCalledWith(false);
      expect(onCheck({}, permission, 'app://quarterdeck', {})).toBe(false);
    }
  });

  it('cancels requests to other origins and lets app requests through', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    registerSecurityHandlers(packaged);
    const listener = lastCallArg(session.defaultSession.webRequest.onBeforeRequest);
    const callback = vi.fn();
    listener({ url: 'https://tracker.example/pixel.gif' }, callback);
    listener({ url: 'app://quarterdeck/assets/index.js' }, callback);
    expect(callback.mock.calls).toEqual([[{ cancel: true }], [{ cancel: false }]]);
  });

  describe('every new web contents', () => {
    let contents: MockWebContents;
    beforeEach(() => {
      registerSecurityHandlers(packaged);
      contents = new MockWebContents();
      app.emit('web-contents-created', {}, contents);
    });

    it('cannot navigate away from the app', () => {
      const away = { url: 'https://evil.example/phish', preventDefault: vi.fn() };
      const within = { url: 'app://quarterdeck/index.html', preventDefault: vi.fn() };
      contents.emit('will-navigate', away);
      contents.emit('will-navigate', within);
      expect(away.preventDefault).toHaveBeenCalled();
      expect(within.preventDefault).not.toHaveBeenCalled();
    });

    it('cannot open new windows', () => {
      expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({
        action: 'deny',
      });
      expect(contents.windowOpenHandler?.({ url: 'app://quarterdeck/index.html' })).toEqual({
        action: 'deny',
      });
    });

    it('cannot attach a <webview>', () => {
      const event = { preventDefault: vi.fn() };
      contents.emit('will-attach-webview', event, {}, {});
      expect(event.preventDefault).toHaveBeenCalled();
    });
  });
});

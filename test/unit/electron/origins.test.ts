import { describe, expect, it } from 'vitest';
import { devServerUrlFrom, isTrustedUrl } from '../../../electron/main/origins';

describe('isTrustedUrl', () => {
  it.each(['app://quarterdeck/index.html', 'app://quarterdeck/', 'app://quarterdeck/teams/3#kr'])(
    'trusts the app page %s',
    (url) => expect(isTrustedUrl(url, null)).toBe(true),
  );

  it.each([
    'file:///home/me/Downloads/evil.html',
    'https://evil.example/',
    'http://localhost:5173/',
    'app://evil/index.html',
    'app://quarterdeck.evil.example/index.html',
    'app://user@evil/index.html',
    'about:blank',
    'not a url',
    undefined,
  ])('does not trust %s in a packaged build', (url) => {
    expect(isTrustedUrl(url, null)).toBe(false);
  });

  it('trusts only the dev server origin in development, not other local ports', () => {
    const dev = 'http://localhost:5173/';
    expect(isTrustedUrl('http://localhost:5173/index.html', dev)).toBe(true);
    expect(isTrustedUrl('http://localhost:5174/index.html', dev)).toBe(false);
    expect(isTrustedUrl('https://localhost:5173/index.html', dev)).toBe(false);
  });

  it('ignores the dev server URL from the environment in a packaged app', () => {
    const env = { ELECTRON_RENDERER_URL: 'https://evil.example/' };
    expect(devServerUrlFrom(env, true)).toBeNull();
    expect(devServerUrlFrom(env, false)).toBe('https://evil.example/');
    expect(devServerUrlFrom({}, false)).toBeNull();
  });
});

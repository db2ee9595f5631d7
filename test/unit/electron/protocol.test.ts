import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  mimeTypeFor,
  registerAppScheme,
  resolveAppPath,
  serveAppRequest,
} from '../../../electron/main/protocol';
import { CONTENT_SECURITY_POLICY } from '../../../electron/main/security';
import { protocol } from '../../support/electronMock';

vi.mock('electron', () => import('../../support/electronMock'));

let sandbox: string;
let root: string;

beforeAll(async () => {
  sandbox = await mkdtemp(join(tmpdir(), 'quarterdeck-protocol-'));
  root = join(sandbox, 'renderer');
  await mkdir(join(root, 'assets'), { recursive: true });
  await writeFile(join(root, 'index.html'), '<!doctype html><title>Quarterdeck</title>');
  await writeFile(join(root, 'assets', 'index-abc.js'), 'console.log("app")');
  await writeFile(join(root, 'assets', 'index-abc.css'), 'body{}');
  await writeFile(join(sandbox, 'secret.txt'), 'ssh private key');
});

afterAll(async () => {
  await rm(sandbox, { recursive: true, force: true });
});

describe('resolveAppPath', () => {
  it('maps the root and app URLs to files in the renderer folder', () => {
    expect(resolveAppPath(root, 'app://quarterdeck/')).toBe(join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://quarterdeck/index.html')).toBe(join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://quarterdeck/assets/index-abc.js?v=1#x')).toBe(
      join(root, 'assets', 'index-abc.js'),
    );
    expect(resolveAppPath(root, 'app://quarterdeck/fonts/Inter%20Var.woff2')).toBe(
      join(root, 'fonts', 'Inter Var.woff2'),
    );
    expect(resolveAppPath(root, 'app://quarterdeck/..hidden.js')).toBe(join(root, '..hidden.js'));
  });

  it.each([
    'app://quarterdeck/..%2f..%2fsecret.txt',
    'app://quarterdeck/assets/..%2F..%2F..%2Fsecret.txt',
    'app://quarterdeck/%2e%2e%2fsecret.txt',
    'app://quarterdeck/index.html%00.png',
    'app://quarterdeck/%E0%A4%A',
    'app://other-host/index.html',
    'file:///etc/passwd',
  ])('refuses %s', (url) => {
    expect(resolveAppPath(root, url)).toBeNull();
  });

  it.each(['app://quarterdeck/../secret.txt', 'app://quarterdeck/assets/../../../../secret.txt'])(
    'keeps the literal dot segments of %s inside the renderer folder',
    (url) => {
      const resolved = resolveAppPath(root, url);
      expect(resolved).not.toBeNull();
      expect(relative(root, resolved ?? '')).not.toMatch(/^\.\./);
    },
  );
});

describe('serveAppRequest', () => {
  it('serves index.html as HTML with the CSP header', async () => {
    const response = await serveAppRequest(root, 'app://quarterdeck/index.html');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>Quarterdeck</title>');
  });

  it('serves scripts and styles with types the browser will execute and apply', async () => {
    const script = await serveAppRequest(root, 'app://quarterdeck/assets/index-abc.js');
    const style = await serveAppRequest(root, 'app://quarterdeck/assets/index-abc.css');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(style.headers.get('content-type')).toBe('text/css; charset=utf-8');
  });

  it('answers a client-side route with index.html so a reload keeps working', async () => {
    const response = await serveAppRequest(root, 'app://quarterdeck/teams/platform');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>Quarterdeck</title>');
  });

  it('answers 404 for a missing asset instead of handing back HTML as a script', async () => {
    const response = await serveAppRequest(root, 'app://quarterdeck/assets/missing.js');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('never serves a file outside the renderer folder', async () => {
    const response = await serveAppRequest(root, 'app://quarterdeck/..%2fsecret.txt');
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('ssh private key');
  });
});

describe('mimeTypeFor', () => {
  it('knows the types the renderer build emits, by extension in any case', () => {
    expect(mimeTypeFor('a/Logo.PNG')).toBe('image/png');
    expect(mimeTypeFor('a/icon.svg')).toBe('image/svg+xml');
    expect(mimeTypeFor('a/inter.woff2')).toBe('font/woff2');
    expect(mimeTypeFor('a/unknown.bin')).toBe('application/octet-stream');
  });
});

describe('registerAppScheme', () => {
  it('makes app: standard and secure so IndexedDB is available and the origin is stable', () => {
    registerAppScheme();
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      {
        scheme: 'app',
        privileges: expect.objectContaining({
          standard: true,
          secure: true,
          supportFetchAPI: true,
        }),
      },
    ]);
  });
});

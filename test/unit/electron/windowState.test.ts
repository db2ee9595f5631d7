import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_WINDOW_STATE,
  fitToDisplays,
  loadWindowState,
  parseWindowState,
  saveWindowState,
} from '../../../electron/main/windowState';

const laptop = { x: 0, y: 25, width: 1440, height: 875 };
const externalOnRight = { x: 1440, y: 0, width: 2560, height: 1440 };

describe('parseWindowState', () => {
  it('reads a complete saved state', () => {
    expect(
      parseWindowState('{"x":100,"y":80,"width":1200,"height":800,"isMaximized":true}'),
    ).toEqual({
      x: 100,
      y: 80,
      width: 1200,
      height: 800,
      isMaximized: true,
    });
  });

  it.each([
    ['an empty file', ''],
    ['a file cut off mid-write', '{"x":100,"y":80,"wid'],
    ['something that is not JSON', 'garbage\u0000\u0001'],
    ['JSON of the wrong shape', '[1200, 800]'],
    ['a missing height', '{"width":1200}'],
    ['a negative width', '{"width":-5,"height":800}'],
    ['a size as text', '{"width":"1200","height":"800"}'],
    ['an absurd size', '{"width":1e9,"height":800}'],
  ])('rejects %s', (_label, text) => {
    expect(parseWindowState(text)).toBeNull();
  });

  it('drops a position that has only one coordinate, so the window is centred', () => {
    expect(parseWindowState('{"x":100,"width":1200,"height":800}')).toEqual({
      width: 1200,
      height: 800,
      isMaximized: false,
    });
  });
});

describe('fitToDisplays', () => {
  it('keeps a window that is fully on screen where it was', () => {
    const state = { x: 200, y: 100, width: 1000, height: 700, isMaximized: false };
    expect(fitToDisplays(state, [laptop])).toEqual(state);
  });

  it('keeps a window on a second display that is still connected', () => {
    const state = { x: 2000, y: 300, width: 1600, height: 900, isMaximized: false };
    expect(fitToDisplays(state, [laptop, externalOnRight])).toEqual(state);
  });

  it('brings back a window left on a display that was unplugged', () => {
    const state = { x: 2000, y: 300, width: 1600, height: 900, isMaximized: true };
    const fitted = fitToDisplays(state, [laptop]);
    expect(fitted).toEqual({ width: 1440, height: 875, isMaximized: true });
  });

  it('pulls a window hanging off the edge back inside the display it mostly covers', () => {
    const fitted = fitToDisplays(
      { x: 1000, y: -200, width: 1000, height: 700, isMaximized: false },
      [laptop],
    );
    expect(fitted).toEqual({ x: 440, y: 25, width: 1000, height: 700, isMaximized: false });
  });

  it('shrinks a window larger than the display to fit it', () => {
    const fitted = fitToDisplays({ x: 0, y: 25, width: 3000, height: 2000, isMaximized: false }, [
      laptop,
    ]);
    expect(fitted).toEqual({ x: 0, y: 25, width: 1440, height: 875, isMaximized: false });
  });
});

describe('loadWindowState and saveWindowState', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'quarterdeck-window-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('restores what was saved', async () => {
    const file = join(dir, 'window-state.json');
    saveWindowState(file, { x: 300, y: 200, width: 1100, height: 640, isMaximized: false });
    expect(loadWindowState(file, [laptop])).toEqual({
      x: 300,
      y: 200,
      width: 1100,
      height: 640,
      isMaximized: false,
    });
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ width: 1100 });
  });

  it('starts with the default size on first run', () => {
    expect(loadWindowState(join(dir, 'none.json'), [laptop])).toEqual(DEFAULT_WINDOW_STATE);
  });

  it('ignores a corrupt file instead of failing to open the window', async () => {
    const file = join(dir, 'window-state.json');
    await writeFile(file, '{"x":3');
    expect(loadWindowState(file, [laptop])).toEqual(DEFAULT_WINDOW_STATE);
  });

  it('fits the default to a display smaller than it', () => {
    const small = { x: 0, y: 0, width: 1024, height: 700 };
    expect(loadWindowState(join(dir, 'none.json'), [small])).toEqual({
      width: 1024,
      height: 700,
      isMaximized: false,
    });
  });
});

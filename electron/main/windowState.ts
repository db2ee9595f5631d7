import { readFileSync } from 'node:fs';
import type { BrowserWindow, Rectangle } from 'electron';
import * as z from 'zod';
import { writeFileAtomicSync } from './atomicWrite';

/** The smallest window the renderer's layout is designed for. */
export const MIN_WINDOW_SIZE = { width: 960, height: 640 } as const;

/** Generous upper bound: rejects nonsense values from a hand-edited or damaged file. */
const MAX_DIMENSION = 32_768;

const coordinate = z.number().int().min(-MAX_DIMENSION).max(MAX_DIMENSION);
const dimension = z.number().int().positive().max(MAX_DIMENSION);

/** The window's size, position (absent: centre it) and whether it was maximized. */
export interface WindowState {
  x?: number;
  y?: number;
  width: number;
  height: number;
  isMaximized: boolean;
}

const windowStateSchema = z
  .object({
    x: coordinate.optional(),
    y: coordinate.optional(),
    width: dimension,
    height: dimension,
    isMaximized: z.boolean().default(false),
  })
  // A position is only meaningful as a pair; half of one would put the window anywhere.
  .transform(({ x, y, ...size }): WindowState =>
    x !== undefined && y !== undefined ? { x, y, ...size } : size,
  );

/** Used on first run and whenever the saved state cannot be read. */
export const DEFAULT_WINDOW_STATE: WindowState = { width: 1280, height: 800, isMaximized: false };

/** Parses a saved window-state file; `null` for anything corrupt, truncated or out of range. */
export function parseWindowState(text: string): WindowState | null {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = windowStateSchema.safeParse(json);
  return parsed.success ? parsed.data : null;
}

/**
 * Moves and shrinks a saved window so it lies wholly inside one display's work area: the
 * display it overlaps most, or, when it overlaps none (a monitor was unplugged), centred on
 * the primary display. `workAreas[0]` is the primary display.
 */
export function fitToDisplays(state: WindowState, workAreas: readonly Rectangle[]): WindowState {
  const primary = workAreas[0];
  if (!primary) return state;
  const { isMaximized } = state;
  if (state.x === undefined || state.y === undefined) {
    return { ...clampSize(state, primary), isMaximized };
  }
  const bounds = { x: state.x, y: state.y, width: state.width, height: state.height };
  const best = largestOverlap(bounds, workAreas);
  if (!best) return { ...clampSize(state, primary), isMaximized };
  const { width, height } = clampSize(state, best);
  return {
    x: clamp(state.x, best.x, best.x + best.width - width),
    y: clamp(state.y, best.y, best.y + best.height - height),
    width,
    height,
    isMaximized,
  };
}

/** Reads and fits the saved state, falling back to the default for a missing or corrupt file. */
export function loadWindowState(file: string, workAreas: readonly Rectangle[]): WindowState {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return fitToDisplays(DEFAULT_WINDOW_STATE, workAreas);
  }
  return fitToDisplays(parseWindowState(text) ?? DEFAULT_WINDOW_STATE, workAreas);
}

/** Saves the state atomically, so a crash mid-write cannot leave a half-written file. */
export function saveWindowState(file: string, state: WindowState): void {
  writeFileAtomicSync(file, `${JSON.stringify(state, null, 2)}\n`);
}

/** The state worth restoring: the un-maximized bounds plus the maximized flag. */
export function captureWindowState(
  win: Pick<BrowserWindow, 'getNormalBounds' | 'isMaximized'>,
): WindowState {
  return { ...win.getNormalBounds(), isMaximized: win.isMaximized() };
}

function clampSize(size: { width: number; height: number }, area: Rectangle) {
  return { width: Math.min(size.width, area.width), height: Math.min(size.height, area.height) };
}

function largestOverlap(bounds: Rectangle, areas: readonly Rectangle[]): Rectangle | null {
  let best: Rectangle | null = null;
  let bestArea = 0;
  for (const area of areas) {
    const overlap = overlapArea(bounds, area);
    if (overlap > bestArea) {
      best = area;
      bestArea = overlap;
    }
  }
  return best;
}

function overlapArea(a: Rectangle, b: Rectangle): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, max));
}

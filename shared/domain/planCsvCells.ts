import type { Direction, ObjectiveKind } from './enums';
import { parseNumber } from './numbers';

/*
 * How a plan CSV's typed cells are read: numbers as every door reads them, and the few words a
 * direction or an objective type may be written as.
 */

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

/** A number cell, read as every door reads numbers; its unit belongs in the unit column. */
export function parseNumberCell(raw: string): Parsed<number | null> {
  const parsed = parseNumber(raw);
  if (parsed.ok || parsed.reason !== 'not-a-number') return parsed;
  return { ok: false, message: `${parsed.message} (write the unit in the unit column)` };
}

const DIRECTIONS: Readonly<Record<string, Direction>> = {
  increase: 'increase',
  up: 'increase',
  higher: 'increase',
  decrease: 'decrease',
  down: 'decrease',
  lower: 'decrease',
};

/** Reads a direction cell: increase/up/higher or decrease/down/lower; empty is null. */
export function parsePlanDirection(raw: string): Parsed<Direction | null> {
  const s = raw.trim().toLowerCase();
  if (s === '') return { ok: true, value: null };
  const d = DIRECTIONS[s];
  return d
    ? { ok: true, value: d }
    : { ok: false, message: `"${raw.trim()}" is not a direction (use increase or decrease)` };
}

/** Reads an objective_type cell: committed or aspirational ("stretch" too); empty is null. */
export function parseObjectiveType(raw: string): Parsed<ObjectiveKind | null> {
  const s = raw.trim().toLowerCase();
  if (s === '') return { ok: true, value: null };
  if (s === 'committed') return { ok: true, value: 'committed' };
  if (s === 'aspirational' || s === 'stretch') return { ok: true, value: 'aspirational' };
  return {
    ok: false,
    message: `"${raw.trim()}" is not an objective type (use committed or aspirational)`,
  };
}

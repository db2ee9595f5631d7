import { formatValue } from '../../format';
import { makeFinding } from '../catalog';
import {
  compareTextAndFields,
  inFieldUnits,
  proposeFieldsFromText,
  statedNumbers,
  type Disagreement,
  type FieldProposal,
} from '../text/fields';
import { rewriteTitleNumbers } from '../text/rewriteTitle';
import type { Finding, FindingRef, CoachKeyResult, KeyResultPatch } from '../types';

/**
 * The coach must see what the user sees: numbers written in the title count as stated, but
 * scoring reads the fields. These rules say when the two are out of step, and every
 * suggested rewrite keeps them in step.
 */

function show(n: number): string {
  return String(Number(n.toFixed(4)));
}

// Through the one value formatter, so a unit agrees with its number: "1 day", "5 days".
function withUnit(n: number, unit: string | undefined): string {
  return formatValue(Number(show(n)), (unit ?? '').trim());
}

/** "baseline 120, target 30 min, direction decrease": a proposal in words. */
export function describeProposal(p: FieldProposal, unit: string | undefined): string {
  const u = p.unit ?? unit;
  const parts = [
    p.baseline !== undefined ? `baseline ${withUnit(p.baseline, u)}` : '',
    p.target !== undefined ? `target ${withUnit(p.target, u)}` : '',
    p.direction ? `direction ${p.direction}` : '',
  ];
  return parts.filter(Boolean).join(', ');
}

function patchOf(p: FieldProposal): KeyResultPatch {
  const patch: KeyResultPatch = {};
  if (p.baseline !== undefined) patch.baseline = p.baseline;
  if (p.target !== undefined) patch.target = p.target;
  if (p.unit !== undefined) patch.unit = p.unit;
  if (p.direction !== undefined) patch.direction = p.direction;
  return patch;
}

/** numbers-only-in-text: the title states a baseline or target whose field is empty. */
export function numbersOnlyInText(kr: CoachKeyResult, objective: FindingRef): Finding | null {
  if (kr.isMilestone) return null;
  const proposal = proposeFieldsFromText(kr);
  if (!proposal || (proposal.baseline === undefined && proposal.target === undefined)) return null;
  const which =
    proposal.baseline !== undefined && proposal.target !== undefined
      ? 'The baseline and target are'
      : proposal.baseline !== undefined
        ? 'The baseline is'
        : 'The target is';
  const fields =
    proposal.baseline !== undefined && proposal.target !== undefined
      ? 'the Baseline and Target fields are'
      : proposal.baseline !== undefined
        ? 'the Baseline field is'
        : 'the Target field is';
  return makeFinding({
    rule: 'numbers-only-in-text',
    objective,
    keyResult: { id: kr.id, title: kr.title },
    message: `${which} only in the title: ${fields} empty, so this key result cannot be scored.`,
    suggestion: `Fill the fields from the title: ${describeProposal(proposal, kr.unit)}.`,
    rewrite: patchOf(proposal),
  });
}

function saidBy(d: readonly Disagreement[], side: 'title' | 'fields', unit?: string): string {
  const pick = (role: Disagreement['role']) => d.find((x) => x.role === role);
  const b = pick('baseline');
  const t = pick('target');
  const one = (x: Disagreement): string =>
    side === 'title' ? x.statedText : withUnit(x.field, unit);
  if (b && t) return `${one(b)} → ${one(t)}`;
  const x = b ?? t;
  return x ? `${x.role} ${one(x)}` : '';
}

/** text-disagrees-with-fields: the title and the fields give different baselines or targets. */
export function textDisagreesWithFields(kr: CoachKeyResult, objective: FindingRef): Finding | null {
  if (kr.isMilestone) return null;
  const found = compareTextAndFields(kr);
  if (found.length === 0) return null;
  const change: { baseline?: number; target?: number } = {};
  for (const d of found) change[d.role] = d.field;
  const rewrite = rewriteTitleNumbers(kr.title, change, kr.unit);
  const fromTitle: FieldProposal = {};
  for (const d of found) fromTitle[d.role] = d.stated;
  const titleFix = rewrite.ok && rewrite.changed ? `retitle it "${rewrite.title}"` : '';
  const fieldFix = `set the fields from the title (${describeProposal(fromTitle, kr.unit)})`;
  return makeFinding({
    rule: 'text-disagrees-with-fields',
    objective,
    keyResult: { id: kr.id, title: kr.title },
    message: `The title says ${saidBy(found, 'title')} but the fields say ${saidBy(found, 'fields', kr.unit)}; the score is computed from the fields.`,
    suggestion: `Make them say the same: ${titleFix ? `${titleFix}, or ${fieldFix}` : fieldFix}.`,
    rewrite: titleFix && rewrite.ok ? { title: rewrite.title } : patchOf(fromTitle),
  });
}

/**
 * Makes a suggested patch keep title and fields consistent: a patch that changes the baseline
 * or target also rewrites that number in the title (or fills the other field from it). Returns
 * null when the title states the number but it cannot be rewritten safely; the caller then
 * offers the suggestion in words only.
 */
export function consistentPatch(kr: CoachKeyResult, patch: KeyResultPatch): KeyResultPatch | null {
  if (patch.title !== undefined) return patch;
  const change: { baseline?: number; target?: number } = {};
  if (typeof patch.baseline === 'number') change.baseline = patch.baseline;
  if (typeof patch.target === 'number') change.target = patch.target;
  if (change.baseline === undefined && change.target === undefined) return patch;
  const out: KeyResultPatch = { ...patch };
  // The field the patch leaves alone may be stated only in the title: fill it too.
  const fill = proposeFieldsFromText(kr);
  if (fill?.baseline !== undefined && out.baseline === undefined) out.baseline = fill.baseline;
  if (fill?.target !== undefined && out.target === undefined) out.target = fill.target;
  if (fill?.unit !== undefined && out.unit === undefined) out.unit = fill.unit;
  const unit = out.unit ?? kr.unit;
  const stated = statedNumbers(kr.title);
  // Only the numbers the title states differently need rewriting there.
  const differs = (role: 'baseline' | 'target'): boolean => {
    const q = stated[role];
    const value = change[role];
    if (!q || value === undefined) return false;
    return Math.abs(inFieldUnits(q, unit) - value) > 1e-9 * Math.max(1, Math.abs(value));
  };
  if (!differs('baseline')) delete change.baseline;
  if (!differs('target')) delete change.target;
  if (change.baseline === undefined && change.target === undefined) return out;
  const rewrite = rewriteTitleNumbers(kr.title, change, unit);
  if (!rewrite.ok) return null;
  if (rewrite.changed) out.title = rewrite.title;
  return out;
}

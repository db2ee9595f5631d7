import type { Cycle, KeyResult, Objective } from '../entities';
import { LEVEL_KIND_LABELS, type Phase } from '../enums';
import type { Owner } from './levels';

/** Something the command palette can jump to. */
export type SearchTarget =
  | { kind: 'team'; id: string; title: string; detail: string; teamId: string }
  | {
      kind: 'quarter';
      id: string;
      title: string;
      detail: string;
      teamId: string;
      cycleId: string;
      phase: Phase;
    }
  | {
      kind: 'objective';
      id: string;
      title: string;
      detail: string;
      teamId: string;
      cycleId: string;
      phase: Phase;
    }
  | {
      kind: 'keyResult';
      id: string;
      title: string;
      detail: string;
      teamId: string;
      cycleId: string;
      phase: Phase;
      objectiveId: string;
    };

export type SearchKind = SearchTarget['kind'];

export const SEARCH_KIND_LABELS: Readonly<Record<SearchKind, string>> = {
  team: 'Team',
  quarter: 'Quarter',
  objective: 'Objective',
  keyResult: 'Key result',
};

/**
 * Everything the palette can find: every owner, every quarter, objective and key result, each with
 * where it lives (`Payments · 2027-Q1`). Newest quarters first, so their objectives win ties.
 */
export function searchTargets(source: {
  owners: readonly Owner[];
  cycles: readonly Pick<Cycle, 'id' | 'teamId' | 'label' | 'startDate' | 'phase'>[];
  objectives: readonly Pick<Objective, 'id' | 'cycleId' | 'title'>[];
  keyResults: readonly Pick<KeyResult, 'id' | 'cycleId' | 'objectiveId' | 'title'>[];
}): SearchTarget[] {
  const owners = new Map(source.owners.map((o) => [o.id, o] as const));
  const cycles = [...source.cycles].sort((a, b) => b.startDate.localeCompare(a.startDate));
  const cycleOf = new Map(cycles.map((c) => [c.id, c] as const));
  const rank = new Map(cycles.map((c, i) => [c.id, i] as const));
  const where = (cycleId: string) => {
    const cycle = cycleOf.get(cycleId);
    const owner = cycle ? owners.get(cycle.teamId) : undefined;
    return owner && cycle ? { owner, cycle } : null;
  };
  const byQuarter = <T extends { cycleId: string }>(rows: readonly T[]) =>
    [...rows].sort((a, b) => (rank.get(a.cycleId) ?? 0) - (rank.get(b.cycleId) ?? 0));
  const targets: SearchTarget[] = source.owners.map((o) => ({
    kind: 'team',
    id: o.id,
    title: o.name,
    detail: LEVEL_KIND_LABELS[o.kind],
    teamId: o.id,
  }));
  for (const cycle of cycles) {
    const owner = owners.get(cycle.teamId);
    if (!owner) continue;
    targets.push({
      kind: 'quarter',
      id: cycle.id,
      title: `${cycle.label} · ${owner.name}`,
      detail: 'Quarter',
      teamId: owner.id,
      cycleId: cycle.id,
      phase: cycle.phase,
    });
  }
  for (const o of byQuarter(source.objectives)) {
    const at = where(o.cycleId);
    if (!at) continue;
    targets.push({
      kind: 'objective',
      id: o.id,
      title: o.title,
      detail: `${at.owner.name} · ${at.cycle.label}`,
      teamId: at.owner.id,
      cycleId: o.cycleId,
      phase: at.cycle.phase,
    });
  }
  for (const kr of byQuarter(source.keyResults)) {
    const at = where(kr.cycleId);
    if (!at) continue;
    targets.push({
      kind: 'keyResult',
      id: kr.id,
      title: kr.title,
      detail: `${at.owner.name} · ${at.cycle.label}`,
      teamId: at.owner.id,
      cycleId: kr.cycleId,
      phase: at.cycle.phase,
      objectiveId: kr.objectiveId,
    });
  }
  return targets;
}

const fold = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLocaleLowerCase();

/**
 * How well `title` matches every word of `query`: 0 when a word is missing; higher for a title
 * that starts with the query, then for words that start words of the title.
 */
function matchScore(title: string, words: readonly string[], query: string): number {
  const text = fold(title);
  let score = 1;
  for (const word of words) {
    const at = text.indexOf(word);
    if (at < 0) return 0;
    if (at === 0 || /[^\p{L}\p{N}]/u.test(text[at - 1] ?? ' ')) score += 2;
  }
  if (text.startsWith(query)) score += 4;
  if (text === query) score += 8;
  return score;
}

/**
 * The targets whose title (or, for quarters, team and label) holds every word of `query`, best
 * first: the whole title, its start, word starts; then in the order given. An empty query lists
 * the teams. At most `limit`.
 */
export function searchFor(
  targets: readonly SearchTarget[],
  query: string,
  limit = 30,
): SearchTarget[] {
  const folded = fold(query.trim());
  if (folded === '') return targets.filter((t) => t.kind === 'team').slice(0, limit);
  const words = folded.split(/\s+/).filter(Boolean);
  return targets
    .map((target, index) => ({ target, index, score: matchScore(target.title, words, folded) }))
    .filter((m) => m.score > 0)
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, limit)
    .map((m) => m.target);
}

/**
 * The quarter label the organisation view opens on: the calendar quarter holding `today` when
 * any owner has it, else the newest label up to today, else the newest; null without any.
 */
export function defaultQuarterLabel(labels: readonly string[], today: string): string | null {
  const sorted = [...labels].sort((a, b) => b.localeCompare(a));
  const month = Number(today.slice(5, 7));
  const current = `${today.slice(0, 4)}-Q${Math.floor((month - 1) / 3) + 1}`;
  if (sorted.includes(current)) return current;
  return sorted.find((l) => l <= current) ?? sorted[0] ?? null;
}

/** The phase screen that shows a quarter in `phase`: a closed quarter opens on its retrospective. */
export function screenPhaseOf(phase: Phase): Exclude<Phase, 'closed'> {
  return phase === 'closed' ? 'retrospective' : phase;
}

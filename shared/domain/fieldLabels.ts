import { formatDate, formatNumber } from './format';
import type { EntityKind } from './revisions';

/*
 * What each stored field is called in a sentence ("changed in another window: title, owner"),
 * for the forms' notices and conflict prompts and, later, the workspace folder's conflicts.
 */

const LABELS: Readonly<Record<EntityKind, Readonly<Record<string, string>>>> = {
  team: { name: 'name', function: 'engineering function' },
  cycle: {
    label: 'label',
    startDate: 'start date',
    endDate: 'end date',
    cadence: 'check-in cadence',
    phase: 'phase',
    businessNeed: 'business need',
    engineeringLever: 'engineering lever',
    previousCycleId: 'previous quarter',
    closedAt: 'closing time',
  },
  objective: {
    title: 'title',
    description: 'description',
    kind: 'commitment',
    businessNeed: 'business need',
    engineeringLever: 'engineering lever',
    parentObjectiveId: 'parent objective',
    order: 'position',
    acknowledgements: 'findings kept on purpose',
  },
  keyResult: {
    title: 'title',
    metric: 'metric',
    unit: 'unit',
    baseline: 'baseline',
    target: 'target',
    direction: 'direction',
    measuredBy: 'measured by',
    owner: 'owner',
    proposedBy: 'proposed by',
    status: 'status',
    order: 'position',
    weight: 'weight',
    isMilestone: 'milestone',
    reflection: 'reflection',
    reflectionNote: 'reflection note',
    acknowledgements: 'findings kept on purpose',
    finalValue: 'final value',
    scoreOverride: 'score override',
    scoreOverrideReason: 'override reason',
    carriedFromKeyResultId: 'carried-from key result',
  },
  checkIn: {
    date: 'date',
    value: 'value',
    confidence: 'confidence',
    changed: 'what changed',
    blockers: 'what is blocking',
  },
  keyResultRetro: {
    worked: 'what worked',
    didNotWork: 'what did not work',
    learned: 'what we learned',
    carryForward: 'carry forward',
  },
  cycleRetro: {
    calibration: 'calibration',
    objectivesMatteredLess: 'objectives that mattered less',
    wrongAssumptions: 'wrong assumptions',
    notes: 'notes',
    headline: 'the quarter in a few sentences',
    asks: 'asks for next quarter',
  },
  dependency: {
    team: 'other team',
    need: 'what is needed',
    byDate: 'needed by',
    status: 'status',
    objectiveId: 'objective',
    keyResultId: 'key result',
  },
  workshop: { title: 'title', theme: 'presentation theme', isChimeOn: 'chime' },
  agendaItem: {
    kind: 'kind',
    title: 'title',
    minutes: 'minutes',
    notes: 'facilitator notes',
    dotsPerParticipant: 'dots each',
  },
  participant: { name: 'name' },
  card: { text: 'idea', clusterId: 'cluster', mergedIntoId: 'merged into' },
  cluster: { title: 'name' },
  confidenceRound: { agreedValue: 'agreed confidence' },
};

/** A field's name in a sentence, lower case: `measuredBy` of a key result is "measured by". */
export function fieldLabel(entity: EntityKind, field: string): string {
  return LABELS[entity][field] ?? field.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

/** Field names joined for a sentence: "title", "title and owner", "title, owner and unit". */
export function listOfFields(entity: EntityKind, fields: readonly string[]): string {
  const labels = fields.map((field) => fieldLabel(entity, field));
  if (labels.length <= 1) return labels.join('');
  return `${labels.slice(0, -1).join(', ')} and ${labels.at(-1) ?? ''}`;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A field's value as a person reads it when two versions are compared: text as typed, an empty
 * one as "(empty)", yes/no, days and numbers in the app's one format, a list by its length.
 */
export function describeFieldValue(value: unknown): string {
  if (value === null || value === undefined) return '(none)';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'string') {
    if (value.trim() === '') return '(empty)';
    return DAY.test(value) ? formatDate(value) : value;
  }
  if (Array.isArray(value)) {
    return value.length === 0 ? '(none)' : `${formatNumber(value.length)} chosen`;
  }
  return '(set)';
}

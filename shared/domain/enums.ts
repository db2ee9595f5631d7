import * as z from 'zod';
import { lazySchema } from './lazySchema';

/** The engineering function a team belongs to; drives template suggestions. */
export const teamFunctionSchema = lazySchema(() =>
  z.enum(['platform', 'product', 'data', 'security', 'other']),
);
export type TeamFunction = z.infer<typeof teamFunctionSchema>;

export const TEAM_FUNCTION_LABELS: Record<TeamFunction, string> = {
  platform: 'Platform / infrastructure',
  product: 'Product engineering',
  data: 'Data engineering',
  security: 'Security',
  other: 'Other',
};

/** How often a quarter's check-ins are due. */
export const cadenceSchema = lazySchema(() => z.enum(['weekly', 'biweekly', 'monthly']));
export type Cadence = z.infer<typeof cadenceSchema>;

export const CADENCE_LABELS: Record<Cadence, string> = {
  weekly: 'Weekly',
  biweekly: 'Every two weeks',
  monthly: 'Monthly',
};

/** The four phases of the quarterly cycle, plus the closed state after the retrospective. */
export const phaseSchema = lazySchema(() =>
  z.enum(['setting', 'checkins', 'scoring', 'retrospective', 'closed']),
);
export type Phase = z.infer<typeof phaseSchema>;

export const PHASES = [
  'setting',
  'checkins',
  'scoring',
  'retrospective',
] as const satisfies readonly Phase[];

export const PHASE_LABELS: Record<Phase, string> = {
  setting: 'Setting',
  checkins: 'Check-ins',
  scoring: 'Scoring',
  retrospective: 'Retrospective',
  closed: 'Closed',
};

/** Committed objectives are expected to be met in full; aspirational ones succeed at about 0.7. */
export const objectiveKindSchema = lazySchema(() => z.enum(['committed', 'aspirational']));
export type ObjectiveKind = z.infer<typeof objectiveKindSchema>;

export const directionSchema = lazySchema(() => z.enum(['increase', 'decrease']));
export type Direction = z.infer<typeof directionSchema>;

/** Leadership sets objectives, teams propose key results: agreement is recorded per KR. */
export const keyResultStatusSchema = lazySchema(() => z.enum(['draft', 'proposed', 'agreed']));
export type KeyResultStatus = z.infer<typeof keyResultStatusSchema>;

export const dependencyStatusSchema = lazySchema(() =>
  z.enum(['open', 'agreed', 'at-risk', 'resolved']),
);
export type DependencyStatus = z.infer<typeof dependencyStatusSchema>;

/** Template families follow the functions in the product brief's good examples. */
export const templateFamilySchema = lazySchema(() =>
  z.enum(['platform', 'product', 'data', 'reliability', 'delivery', 'security', 'custom']),
);
export type TemplateFamily = z.infer<typeof templateFamilySchema>;

/** The reflective question: could this KR be achieved without the problem being solved? */
export const reflectionAnswerSchema = lazySchema(() => z.enum(['yes', 'no', 'unsure']));
export type ReflectionAnswer = z.infer<typeof reflectionAnswerSchema>;

export const calibrationVerdictSchema = lazySchema(() => z.enum(['too-easy', 'too-hard']));
export type CalibrationVerdict = z.infer<typeof calibrationVerdictSchema>;

/**
 * Where an owner of objectives sits: the organisation (company or department objectives), a
 * group of teams (a department or a function), or a team. Objectives align upwards only.
 */
export const levelKindSchema = lazySchema(() => z.enum(['organisation', 'group', 'team']));
export type LevelKind = z.infer<typeof levelKindSchema>;

export const LEVEL_KIND_LABELS: Record<LevelKind, string> = {
  organisation: 'Organisation',
  group: 'Group',
  team: 'Team',
};

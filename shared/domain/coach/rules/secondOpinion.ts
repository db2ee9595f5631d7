import { makeFinding } from '../catalog';
import { isConfident, modelOpinion, type ModelRule } from '../model/opinion';
import type { Finding, FindingRef, KeyResultInput } from '../types';
import { outcomeHintFor } from './outcomeHints';

function quote(cues: readonly string[]): string {
  return cues.length > 0 ? cues.join(', ') : 'its overall wording';
}

const DRAFTS: Readonly<
  Record<
    ModelRule,
    (cues: string, text: string) => Pick<Finding, 'message' | 'suggestion' | 'rewrite'>
  >
> = {
  'output-not-outcome': (cues, text) => {
    const hint = outcomeHintFor(text);
    return {
      message: `This reads like work to deliver rather than a change in the world (wording such as ${cues} usually describes delivery).`,
      suggestion: hint
        ? `Measure what the work is for: ${hint.outcome}. Keep the work itself as an initiative under the KR.`
        : 'Ask what changes when this is done and measure that, e.g. "the new X moves metric Y from A to B within 30 days of launch". Keep the work as an initiative.',
      rewrite: hint ? { ...hint.patch, baseline: null, target: null } : undefined,
    };
  },
  'gameable-metric': (cues) => ({
    message: `This reads like a count of activity, which can go up without anything improving (wording such as ${cues}).`,
    suggestion:
      'Measure the result the activity is meant to produce, from where it is today, e.g. escaped bugs, lead time or the share of questions answered without help.',
  }),
};

/**
 * The model's findings for wording rules the rules did not fire on: only when it is confident,
 * and with the wording that convinced it quoted in the message.
 */
export function secondOpinions(
  kr: KeyResultInput,
  objective: FindingRef,
  fired: ReadonlySet<string>,
): Finding[] {
  const out: Finding[] = [];
  // A KR the rules already call vague ("Improve reliability") needs a metric first; calling it
  // an output as well would be noise.
  if (fired.has('missing-metric')) return out;
  for (const rule of Object.keys(DRAFTS) as ModelRule[]) {
    if (fired.has(rule)) continue;
    // A known activity metric already says what is wrong; "and it is work" adds nothing.
    if (rule === 'output-not-outcome' && fired.has('gameable-metric')) continue;
    const opinion = modelOpinion(rule, kr);
    if (!isConfident(rule, opinion)) continue;
    const draft = DRAFTS[rule](quote(opinion.cues), `${kr.title} ${objective.title}`.toLowerCase());
    out.push(
      makeFinding({
        rule,
        objective,
        keyResult: { id: kr.id, title: kr.title },
        message: draft.message,
        suggestion: draft.suggestion,
        rewrite: draft.rewrite,
      }),
    );
  }
  return out;
}

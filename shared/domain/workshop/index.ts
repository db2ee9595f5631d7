/**
 * The facilitator's workshop kit, with no framework: stored shapes, the agenda and its timers,
 * dot-vote and confidence-vote tallies, and effort against the cycle's budget.
 */
export * from './schemas';
export * from './agenda';
export * from './timer';
export * from './run';
export * from './dotVote';
export * from './confidenceVote';
export * from './effort';

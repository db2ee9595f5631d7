/**
 * The organisation view's rules, pure: levels (organisation, groups, teams), the alignment tree
 * of a quarter, roll-ups, the dependency map, the facilitator's overview and the palette's search.
 */
export * from './levels';
export * from './tree';
export * from './rollUp';
export * from './figures';
export * from './rows';
export * from './dependencyMap';
export * from './overview';
export * from './search';
export * from './legacy';

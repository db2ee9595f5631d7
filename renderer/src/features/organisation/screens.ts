import type { OrganisationScreen } from '../../state/uiStore';

// Apart from the view itself: the sidebar lists them on every screen, the view loads on demand.
/** The organisation view's screens, in the order they are offered. */
export const ORGANISATION_SCREENS: readonly { id: OrganisationScreen; label: string }[] = [
  { id: 'overview', label: 'Overview' },
  { id: 'alignment', label: 'Alignment tree' },
  { id: 'dependencies', label: 'Dependency map' },
  { id: 'levels', label: 'Levels and teams' },
];

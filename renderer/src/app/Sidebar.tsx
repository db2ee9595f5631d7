import { PHASE_LABELS, PHASES, type Cycle, type Team } from '@shared/domain';
import { openingPhase } from '@shared/domain/phaseMoves';
import { Icon } from '../components/Icon';
import { isThemeChoice, THEME_CHOICES, THEME_LABELS, useThemeStore } from '../state/themeStore';
import { ORGANISATION_SCREENS } from '../features/organisation/screens';
import { WorkshopNav } from '../features/workshop/WorkshopNav';
import { useWorkshopUi } from '../state/workshopUiStore';
import { useUiStore } from '../state/uiStore';
import { FolderLink } from '../features/folder/FolderLink';

type SidebarProps = {
  teams: Team[];
  team: Team | null;
  cycles: Cycle[];
  cycle: Cycle | null;
  onNewTeam: () => void;
  onNewCycle: () => void;
  onBackups: () => void;
  onShortcuts: () => void;
  onWorkspaceFolder: () => void;
};

/** Team and quarter pickers, and the four phases of the cycle as navigation. */
export function Sidebar({
  teams,
  team,
  cycles,
  cycle,
  onNewTeam,
  onNewCycle,
  onBackups,
  onShortcuts,
  onWorkspaceFolder,
}: SidebarProps) {
  const { phase, selectTeam, selectCycle, selectPhase, organisation, showOrganisation } =
    useUiStore();
  const isMenuOpen = useUiStore((s) => s.isMenuOpen);
  const toggleMenu = useUiStore((s) => s.toggleMenu);
  const theme = useThemeStore((s) => s.choice);
  const chooseTheme = useThemeStore((s) => s.choose);
  const isWorkshopScreen = useWorkshopUi((s) => s.isScreenOpen);
  const closeWorkshopScreen = useWorkshopUi((s) => s.closeScreen);
  // A closed quarter has every phase done; otherwise the phase it is in is "now".
  // Nothing is "on screen" in a list whose items cannot be opened yet: with no quarter no phase
  // (nor the workshop) is current, with no team no organisation screen is.
  const isPhaseShown = cycle !== null && !organisation && !isWorkshopScreen;
  const isOrganisationShown = teams.length > 0 && !isWorkshopScreen;
  const cyclePhaseIndex = !cycle
    ? -1
    : cycle.phase === 'closed'
      ? PHASES.length
      : PHASES.findIndex((p) => p === cycle.phase);
  return (
    <aside className={`sidebar${isMenuOpen ? '' : ' sidebar--menu-closed'}`}>
      <div className="sidebar__top">
        <div className="brand">
          <span className="brand__mark" aria-hidden="true" />
          <span className="brand__name">Quarterdeck</span>
        </div>
        {/* Shown only where the sidebar stands above the content (base.css): there, closed, it
            leaves the first screenful to the content at 200% zoom or large text. */}
        <button
          type="button"
          className="sidebar__toggle"
          aria-expanded={isMenuOpen}
          aria-controls="sidebar-menu"
          onClick={toggleMenu}
        >
          <Icon name="menu" size={18} />
          {isMenuOpen ? 'Hide menu' : 'Menu'}
        </button>
      </div>

      <div id="sidebar-menu" className="sidebar__menu">
        <div className="picker">
          <label htmlFor="team-picker">Team</label>
          <div className="picker__row">
            <select
              id="team-picker"
              value={team?.id ?? ''}
              // A long name is cut short in the narrow sidebar: the whole of it on hover.
              title={team?.name}
              onChange={(e) => selectTeam(e.target.value || null)}
              disabled={teams.length === 0}
            >
              {teams.length === 0 && <option value="">No teams yet</option>}
              {teams.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name}
                </option>
              ))}
            </select>
            <button
              type="button"
              className="icon-button icon-button--inverse"
              onClick={onNewTeam}
              aria-label="New team"
              title="New team"
            >
              <Icon name="plus" />
            </button>
          </div>
        </div>

        <div className="picker">
          <label htmlFor="quarter-picker">Quarter</label>
          <div className="picker__row">
            <select
              id="quarter-picker"
              value={cycle?.id ?? ''}
              onChange={(e) => {
                // A quarter opens where it is: a closed one on its retrospective, not on Setting.
                const next = cycles.find((c) => c.id === e.target.value);
                selectCycle(next?.id ?? null, next ? openingPhase(next) : undefined);
              }}
              disabled={cycles.length === 0}
            >
              {cycles.length === 0 && <option value="">No quarters yet</option>}
              {cycles.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.label}
                </option>
              ))}
            </select>
            <button
              type="button"
              className="icon-button icon-button--inverse"
              onClick={onNewCycle}
              disabled={!team}
              aria-label="New quarter"
              title="New quarter"
            >
              <Icon name="plus" />
            </button>
          </div>
        </div>

        <nav className="phase-nav" aria-label="Cycle phases">
          <ol>
            {PHASES.map((p, i) => (
              <li key={p}>
                <button
                  type="button"
                  className="phase-nav__item"
                  aria-current={isPhaseShown && phase === p ? 'page' : undefined}
                  onClick={() => {
                    // Pins the quarter on screen, which may stand in for a remembered one gone.
                    selectPhase(p, cycle?.id);
                    closeWorkshopScreen();
                  }}
                  disabled={!cycle}
                >
                  <span
                    className={`phase-nav__step${i < cyclePhaseIndex ? ' is-done' : ''}${i === cyclePhaseIndex ? ' is-current' : ''}`}
                    aria-hidden="true"
                  >
                    {i + 1}
                  </span>
                  <span>{PHASE_LABELS[p]}</span>
                  {i === cyclePhaseIndex && <span className="phase-nav__now">now</span>}
                </button>
              </li>
            ))}
          </ol>
        </nav>
        <WorkshopNav isDisabled={!cycle} />

        <nav className="phase-nav org-nav" aria-label="Organisation">
          <h2 className="org-nav__heading">All teams</h2>
          <ol>
            {ORGANISATION_SCREENS.map((s) => (
              <li key={s.id}>
                <button
                  type="button"
                  className="phase-nav__item"
                  aria-current={
                    isOrganisationShown && organisation?.screen === s.id ? 'page' : undefined
                  }
                  onClick={() => {
                    showOrganisation(s.id);
                    closeWorkshopScreen();
                  }}
                  disabled={teams.length === 0}
                >
                  <span>{s.label}</span>
                </button>
              </li>
            ))}
          </ol>
        </nav>

        <footer className="sidebar__footer">
          <button type="button" className="sidebar__link" onClick={onBackups}>
            Back up or restore…
          </button>
          <FolderLink onOpen={onWorkspaceFolder} />
          <button type="button" className="sidebar__link" onClick={onShortcuts}>
            Keyboard shortcuts…
          </button>
          <div className="picker picker--small">
            <label htmlFor="theme-picker">Appearance</label>
            <select
              id="theme-picker"
              value={theme}
              onChange={(e) => isThemeChoice(e.target.value) && chooseTheme(e.target.value)}
            >
              {THEME_CHOICES.map((choice) => (
                <option key={choice} value={choice}>
                  {THEME_LABELS[choice]}
                </option>
              ))}
            </select>
          </div>
          <p>v{__APP_VERSION__} · all data stays on this computer</p>
        </footer>
      </div>
    </aside>
  );
}

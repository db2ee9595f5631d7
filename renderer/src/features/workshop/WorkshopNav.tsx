import { useWorkshopUi } from '../../state/workshopUiStore';
import './workshopBar.css';

/** The sidebar's way into the workshop kit, under the four phases. */
export function WorkshopNav({ isDisabled }: { isDisabled: boolean }) {
  const isScreenOpen = useWorkshopUi((s) => s.isScreenOpen);
  const showScreen = useWorkshopUi((s) => s.showScreen);
  return (
    <nav className="workshop-nav" aria-label="Workshop">
      <button
        type="button"
        className="phase-nav__item"
        aria-current={isScreenOpen && !isDisabled ? 'page' : undefined}
        onClick={showScreen}
        disabled={isDisabled}
      >
        <span className="phase-nav__step workshop-nav__mark" aria-hidden="true">
          ◷
        </span>
        <span>Workshop</span>
      </button>
    </nav>
  );
}

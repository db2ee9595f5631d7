import { useState } from 'react';
import {
  CADENCE_LABELS,
  PHASE_LABELS,
  TEAM_FUNCTION_LABELS,
  type Cycle,
  type Team,
} from '@shared/domain';
import { localDayOf } from '@shared/domain/calendar';
import { formatDate } from '@shared/domain/format';
import {
  earlyScoringQuestion,
  moveBackLabel,
  phaseMoveLabel,
  previousPhase,
  scoringTiming,
} from '@shared/domain/phaseMoves';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { MenuButton, type MenuItem } from '../components/MenuButton';
import { useMovePhase } from '../features/cycles/cycleMutations';
import { errorMessage } from '../lib/formErrors';
import { useToastStore } from '../state/toastStore';

type TeamHeaderProps = {
  team: Team;
  cycle: Cycle | null;
  onEditTeam: () => void;
  onEditCycle: () => void;
  onExport: () => void;
  onDeleteCycle: (cycle: Cycle) => void;
};

/** The team and quarter on screen, with what can be done to them. */
export function TeamHeader({
  team,
  cycle,
  onEditTeam,
  onEditCycle,
  onExport,
  onDeleteCycle,
}: TeamHeaderProps) {
  return (
    <header className="topbar">
      <div className="topbar__heading">
        {/* One line whatever the name's length: a long team name ends in "…", the quarter stays
            whole, and the full title is the tooltip (and what a screen reader hears). */}
        <h1 className="topbar__title" title={cycle ? `${team.name} · ${cycle.label}` : team.name}>
          <span className="topbar__team">{team.name}</span>
          {cycle && <span className="topbar__quarter">&nbsp;· {cycle.label}</span>}
        </h1>
        <p className="topbar__meta">
          <span>{TEAM_FUNCTION_LABELS[team.function]}</span>
          {cycle && (
            <>
              {' · '}
              <span>
                {formatDate(cycle.startDate)} – {formatDate(cycle.endDate)}
              </span>
              {' · '}
              <span>Check-ins {CADENCE_LABELS[cycle.cadence].toLowerCase()}</span>
              {' · '}
              <span className="badge badge--phase">{PHASE_LABELS[cycle.phase]}</span>
            </>
          )}
        </p>
      </div>
      <div className="topbar__actions">
        <button type="button" className="button" onClick={onEditTeam}>
          Edit team
        </button>
        {cycle && (
          <button type="button" className="button" onClick={onEditCycle}>
            Edit quarter
          </button>
        )}
        {cycle && <QuarterMenu key={cycle.id} cycle={cycle} onDelete={onDeleteCycle} />}
        {cycle && (
          <button type="button" className="button button--primary" onClick={onExport}>
            {cycle.phase === 'setting' ? 'Export plan…' : 'Export review…'}
          </button>
        )}
      </div>
    </header>
  );
}

/**
 * The quarter's less common moves: back to the phase before (nothing entered is lost), to
 * scoring before the end is near (after a question saying how long is left), and deleting it.
 */
function QuarterMenu({ cycle, onDelete }: { cycle: Cycle; onDelete: (cycle: Cycle) => void }) {
  const movePhase = useMovePhase(cycle);
  const show = useToastStore((s) => s.show);
  const move = (phase: Parameters<typeof movePhase.mutate>[0]) =>
    movePhase.mutate(phase, {
      onError: (error) =>
        show({ tone: 'error', message: `Could not move ${cycle.label}: ${errorMessage(error)}` }),
    });
  const [isAsking, setAsking] = useState(false);
  const today = localDayOf(new Date());
  const items: MenuItem[] = [];
  if (cycle.phase !== 'closed') {
    const back = previousPhase(cycle.phase);
    const label = moveBackLabel(cycle.phase);
    if (back && label) items.push({ label, onSelect: () => move(back) });
  }
  if (cycle.phase === 'checkins') {
    const timing = scoringTiming(cycle, today);
    items.push(
      timing.isDue
        ? { label: phaseMoveLabel('scoring'), onSelect: () => move('scoring') }
        : { label: `${phaseMoveLabel('scoring')} early…`, onSelect: () => setAsking(true) },
    );
  }
  items.push({ label: 'Delete quarter…', tone: 'danger', onSelect: () => onDelete(cycle) });
  const question = earlyScoringQuestion(cycle, today);
  return (
    <>
      <MenuButton label="Quarter" items={items} />
      {isAsking && (
        <ConfirmDialog
          title={question.title}
          description={question.description}
          cancelLabel="Keep checking in"
          confirmLabel={phaseMoveLabel('scoring')}
          tone="primary"
          onCancel={() => setAsking(false)}
          onConfirm={() => {
            setAsking(false);
            move('scoring');
          }}
        />
      )}
    </>
  );
}

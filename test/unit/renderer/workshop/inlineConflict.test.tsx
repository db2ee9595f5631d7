import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { versionOf } from '@shared/domain/revisions';
import { getDb } from '../../../../renderer/src/db/database';
import { createKeyResult } from '../../../../renderer/src/db/repositories/keyResults';
import { createObjective } from '../../../../renderer/src/db/repositories/objectives';
import { addCluster, renameCluster } from '../../../../renderer/src/db/repositories/workshopBoard';
import {
  addParticipant,
  renameParticipant,
} from '../../../../renderer/src/db/repositories/workshopParticipants';
import {
  agreeConfidence,
  castConfidence,
  listConfidenceVotes,
  openConfidenceRound,
  revealConfidence,
} from '../../../../renderer/src/db/repositories/workshopVotes';
import { useParticipants } from '../../../../renderer/src/db/workshopHooks';
import { ParticipantsPanel } from '../../../../renderer/src/features/workshop/ParticipantsPanel';
import { ClusterBoard } from '../../../../renderer/src/features/workshop/tools/ClusterBoard';
import { ConfidenceResults } from '../../../../renderer/src/features/workshop/tools/ConfidenceResults';
import { keyResultInput, objectiveInput, openFreshDb, seedWorkshop } from '../db/builders';
import { renderScreen, resetUiState } from '../support/renderScreen';

/*
 * Another window is the same database written by someone else: the repository is called
 * directly while a name or the agreed value is being typed, as the other window's save would.
 * The stale save must open the same side-by-side dialog as the record forms, not an error.
 */

vi.setConfig({ testTimeout: 20_000 });

beforeEach(() => {
  openFreshDb();
  resetUiState();
});

/** The panel as the workshop screen shows it: the participants as the database has them now. */
function LiveParticipants({ workshopId }: { workshopId: string }) {
  const participants = useParticipants(workshopId);
  return participants ? (
    <ParticipantsPanel workshopId={workshopId} participants={participants} />
  ) : null;
}

/** The refusal's message, which the conflict dialog replaces. */
const STALE_ERROR = /was changed in another window after it was opened/;

describe('a workshop record changed in another window while it is being edited inline', () => {
  it('a participant’s rename keeps what I typed, shows both names, and saves mine when I keep it', async () => {
    const { workshop } = await seedWorkshop();
    const ana = await addParticipant(workshop.id, 'Ana');
    const { user } = renderScreen(<LiveParticipants workshopId={workshop.id} />);

    const field = await screen.findByRole('textbox', { name: 'Name of Ana' });
    await user.click(field);
    await user.clear(field);
    await user.type(field, 'Ana María');
    // The other window renames her while the name is being typed here.
    await renameParticipant(ana.id, 'Anna', versionOf(ana));
    await screen.findByRole('textbox', { name: 'Name of Anna' });
    expect(field).toHaveValue('Ana María');
    await user.tab();

    const dialog = await screen.findByRole('dialog', {
      name: 'Participant changed in another window',
    });
    expect(within(dialog).getByRole('radio', { name: 'Keep your name' })).toBeChecked();
    expect(within(dialog).getByText('Ana María')).toBeInTheDocument();
    expect(within(dialog).getByText('Anna')).toBeInTheDocument();
    expect(screen.queryByText(STALE_ERROR)).toBeNull();
    expect((await getDb().workshopParticipants.get(ana.id))?.name).toBe('Anna');

    await user.click(within(dialog).getByRole('button', { name: 'Keep mine' }));
    await waitFor(async () =>
      expect(await getDb().workshopParticipants.get(ana.id)).toMatchObject({
        name: 'Ana María',
        revision: 2,
      }),
    );
    expect(screen.queryByRole('dialog')).toBeNull();
    await screen.findByRole('textbox', { name: 'Name of Ana María' });
  });

  it('going back to editing a participant’s name puts what I typed back, with the focus in it', async () => {
    const { workshop } = await seedWorkshop();
    const ana = await addParticipant(workshop.id, 'Ana');
    await addParticipant(workshop.id, 'Ben');
    const { user } = renderScreen(<LiveParticipants workshopId={workshop.id} />);

    const field = await screen.findByRole('textbox', { name: 'Name of Ana' });
    await user.click(field);
    await user.clear(field);
    await user.type(field, 'Ana María');
    await renameParticipant(ana.id, 'Anna', versionOf(ana));
    await screen.findByRole('textbox', { name: 'Name of Anna' });
    await user.tab();

    const dialog = await screen.findByRole('dialog', {
      name: 'Participant changed in another window',
    });
    await user.click(within(dialog).getByRole('button', { name: 'Back to editing' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(field).toHaveFocus());
    expect(field).toHaveValue('Ana María');
    expect((await getDb().workshopParticipants.get(ana.id))?.name).toBe('Anna');

    // Still my draft over the version I began on: leaving it asks again, and nothing is lost.
    await user.type(field, ' L');
    await user.tab();
    const again = await screen.findByRole('dialog', {
      name: 'Participant changed in another window',
    });
    expect(within(again).getByText('Ana María L')).toBeInTheDocument();
    await user.click(within(again).getByRole('button', { name: 'Keep mine' }));
    await waitFor(async () =>
      expect((await getDb().workshopParticipants.get(ana.id))?.name).toBe('Ana María L'),
    );
  });

  it('going back to editing a cluster’s name reopens the field with what I typed', async () => {
    const { workshop } = await seedWorkshop();
    const cluster = await addCluster(workshop.id, 'Speed');
    const { user } = renderScreen(
      <ClusterBoard workshopId={workshop.id} cards={[]} clusters={[cluster]} participants={[]} />,
    );

    await user.click(screen.getByRole('button', { name: 'Rename cluster Speed' }));
    await renameCluster(cluster.id, 'Latency', versionOf(cluster));
    await user.clear(screen.getByRole('textbox', { name: 'Cluster name' }));
    await user.type(screen.getByRole('textbox', { name: 'Cluster name' }), 'Performance');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    const dialog = await screen.findByRole('dialog', {
      name: 'Cluster changed in another window',
    });
    await user.click(within(dialog).getByRole('button', { name: 'Back to editing' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const field = await screen.findByRole('textbox', { name: 'Cluster name' });
    expect(field).toHaveValue('Performance');
    await waitFor(() => expect(field).toHaveFocus());
    expect((await getDb().workshopClusters.get(cluster.id))?.title).toBe('Latency');
  });

  it('a cluster’s rename keeps the other window’s name when I take theirs', async () => {
    const { workshop } = await seedWorkshop();
    const cluster = await addCluster(workshop.id, 'Speed');
    const { user } = renderScreen(
      <ClusterBoard workshopId={workshop.id} cards={[]} clusters={[cluster]} participants={[]} />,
    );

    await user.click(screen.getByRole('button', { name: 'Rename cluster Speed' }));
    await renameCluster(cluster.id, 'Latency', versionOf(cluster));
    const field = screen.getByRole('textbox', { name: 'Cluster name' });
    await user.clear(field);
    await user.type(field, 'Performance');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    const dialog = await screen.findByRole('dialog', {
      name: 'Cluster changed in another window',
    });
    expect(within(dialog).getByText('Performance')).toBeInTheDocument();
    expect(within(dialog).getByText('Latency')).toBeInTheDocument();
    expect(screen.queryByText(STALE_ERROR)).toBeNull();

    await user.click(within(dialog).getByRole('button', { name: 'Take theirs' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await getDb().workshopClusters.get(cluster.id)).toMatchObject({
      title: 'Latency',
      revision: 1,
    });
  });

  it('the agreed confidence asks, and taking theirs shows the value agreed there', async () => {
    const { workshop } = await seedWorkshop();
    const objective = await createObjective(workshop.cycleId, objectiveInput('Fast checkout'));
    const kr = await createKeyResult(objective.id, keyResultInput('Checkout LCP to 1.5 s'));
    const ana = await addParticipant(workshop.id, 'Ana');
    const opened = await openConfidenceRound(workshop.id, kr.id);
    await castConfidence(opened.id, ana.id, 60);
    const round = await revealConfidence(opened.id);
    const { user } = renderScreen(
      <ConfidenceResults
        round={round}
        votes={await listConfidenceVotes(workshop.id)}
        participants={[ana]}
      />,
    );

    await agreeConfidence(round.id, 70, versionOf(round));
    const field = screen.getByRole('textbox', { name: 'Agreed confidence (%)' });
    await user.clear(field);
    await user.type(field, '40');
    await user.click(screen.getByRole('button', { name: 'Agree as starting confidence' }));

    const dialog = await screen.findByRole('dialog', {
      name: 'Confidence vote changed in another window',
    });
    expect(within(dialog).getByRole('rowheader', { name: /Agreed confidence/ })).toBeVisible();
    expect(within(dialog).getByText('40')).toBeInTheDocument();
    expect(within(dialog).getByText('70')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();

    // Back to editing first: the value typed stays, and the focus is in it.
    await user.click(within(dialog).getByRole('button', { name: 'Back to editing' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(field).toHaveFocus());
    expect(field).toHaveValue('40');
    await user.click(screen.getByRole('button', { name: 'Agree as starting confidence' }));
    const asked = await screen.findByRole('dialog', {
      name: 'Confidence vote changed in another window',
    });

    await user.click(within(asked).getByRole('button', { name: 'Take theirs' }));
    await waitFor(() => expect(field).toHaveValue('70'));
    expect((await getDb().confidenceRounds.get(round.id))?.agreedValue).toBe(70);

    // Agreeing again is a choice made knowing the value there: it saves over it, unasked.
    await user.clear(field);
    await user.type(field, '45');
    await user.click(screen.getByRole('button', { name: 'Agree as starting confidence' }));
    await waitFor(async () =>
      expect((await getDb().confidenceRounds.get(round.id))?.agreedValue).toBe(45),
    );
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});

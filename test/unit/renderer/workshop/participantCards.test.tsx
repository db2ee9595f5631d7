import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ParticipantMessage, ParticipantView } from '@shared/room/protocol';
import { StageTool } from '../../../../renderer/participant/StageTool';

/** Each message sent waits here until the test lets the room accept or refuse it. */
const answers: { accept: () => void; refuse: (reason: Error) => void }[] = [];
const sent: ParticipantMessage[] = [];
vi.mock('../../../../renderer/participant/connection', () => ({
  sendMessage: (_token: string, message: ParticipantMessage) => {
    sent.push(message);
    return new Promise<void>((accept, refuse) => answers.push({ accept, refuse }));
  },
}));

const view = (cards: { id: string; text: string }[] = []): ParticipantView => ({
  status: 'open',
  name: 'Ana',
  stage: {
    workshopTitle: 'Planning',
    item: { id: 'item-1', title: 'Objective ideas', mode: 'write', timer: null },
    dots: null,
    confidence: null,
  },
  counts: { participants: 3, submitted: 0 },
  own: { cards, dots: [], confidence: {} },
});

afterEach(() => {
  answers.length = 0;
  sent.length = 0;
});

describe('writing cards on a participant phone', () => {
  it('keeps the next idea typed while the last one was still being sent', async () => {
    const user = userEvent.setup();
    render(<StageTool token="t" view={view()} />);
    const field = screen.getByLabelText('Your idea');

    await user.type(field, 'Self-serve refunds');
    await user.click(screen.getByRole('button', { name: 'Add card' }));
    expect(field).toHaveValue('');
    await user.type(field, 'Fewer abandoned carts');
    await act(async () => answers.shift()?.accept());

    expect(sent).toEqual([{ type: 'card:add', text: 'Self-serve refunds' }]);
    expect(field).toHaveValue('Fewer abandoned carts');
  });

  it('gives a refused idea back to the field, with the reason, losing nothing typed since', async () => {
    const user = userEvent.setup();
    render(<StageTool token="t" view={view()} />);
    const field = screen.getByLabelText('Your idea');

    await user.type(field, 'Checkout loads in under two seconds');
    await user.click(screen.getByRole('button', { name: 'Add card' }));
    await user.type(field, 'Self-serve refunds');
    await act(async () => answers.shift()?.refuse(new Error('The room has closed.')));

    expect(field).toHaveValue('Checkout loads in under two seconds\nSelf-serve refunds');
    expect(screen.getByRole('alert')).toHaveTextContent('The room has closed.');
  });

  it('keeps an edit open when it was changed again while the first change was sent', async () => {
    const user = userEvent.setup();
    render(<StageTool token="t" view={view([{ id: 'card-1', text: 'Fewer carts' }])} />);
    await user.click(screen.getByRole('button', { name: 'Edit' }));
    const edit = screen.getByLabelText('Edit card');
    await user.type(edit, ' abandoned');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await user.type(edit, ' on mobile');
    await act(async () => answers.shift()?.accept());

    expect(screen.getByLabelText('Edit card')).toHaveValue('Fewer carts abandoned on mobile');
  });
});

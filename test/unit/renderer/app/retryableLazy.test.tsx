import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { importFresh } from '../../../../renderer/src/lib/freshImport';
import { ErrorBoundary } from '../../../../renderer/src/components/ErrorBoundary';
import { ScreenFailure } from '../../../../renderer/src/app/ScreenFailure';
import {
  type PreloadableComponent,
  retryableLazy,
} from '../../../../renderer/src/lib/retryableLazy';
import { useUiStore } from '../../../../renderer/src/state/uiStore';

beforeEach(() => {
  useUiStore.setState(useUiStore.getInitialState());
  vi.mocked(importFresh).mockReset();
});

function Scoring({ title }: { title: string }) {
  return <h2>{title}</h2>;
}

function renderLazy(load: () => Promise<typeof Scoring>, timeoutMs?: number) {
  const Lazy = retryableLazy(load, (Screen) => Screen, timeoutMs);
  render(
    <ErrorBoundary
      fallback={(caught) => <ScreenFailure caught={caught} scope="screen" onGoHome={vi.fn()} />}
    >
      <Suspense fallback={<p>Loading…</p>}>
        <Lazy title="Scoring" />
      </Suspense>
    </ErrorBoundary>,
  );
}

describe('a lazily loaded screen whose code fails to load', () => {
  it('says so with a Retry that loads it again, instead of spinning for ever', async () => {
    const load = vi
      .fn<() => Promise<typeof Scoring>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
      .mockResolvedValue(Scoring);
    renderLazy(load);

    expect(
      await screen.findByRole('heading', { name: 'This screen could not be shown' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/could not load this screen’s code/)).toBeInTheDocument();
    expect(screen.queryByText('Loading…')).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('heading', { name: 'Scoring' })).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('imports the file the failure named afresh on Retry (the browser remembers a failed URL)', async () => {
    const chunk = `${location.origin}/assets/ScoringPhase-Ab1.js`;
    const load = vi
      .fn<() => Promise<typeof Scoring>>()
      .mockRejectedValue(new TypeError(`Failed to fetch dynamically imported module: ${chunk}`));
    vi.mocked(importFresh).mockResolvedValue(Scoring);
    renderLazy(load);

    await userEvent.click(await screen.findByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('heading', { name: 'Scoring' })).toBeInTheDocument();
    expect(importFresh).toHaveBeenCalledWith(chunk, 1);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('loads the code once however often the screen renders', async () => {
    const load = vi.fn(async () => Scoring);
    renderLazy(load);
    expect(await screen.findByRole('heading', { name: 'Scoring' })).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('gives up waiting on code that never arrives, and offers Retry', async () => {
    const load = vi
      .fn<() => Promise<typeof Scoring>>()
      .mockReturnValueOnce(new Promise(() => undefined))
      .mockResolvedValue(Scoring);
    renderLazy(load, 50);

    expect(
      await screen.findByRole('heading', { name: 'This screen could not be shown' }),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('heading', { name: 'Scoring' })).toBeInTheDocument();
  });
});

describe('a lazily loaded dialog whose code has already arrived', () => {
  function renderPreloaded(Lazy: PreloadableComponent<{ title: string }>) {
    return render(
      <Suspense fallback={<p>Opening…</p>}>
        <Lazy title="Back up or restore" />
      </Suspense>,
    );
  }

  it('shows at once after preload, without its stand-in', async () => {
    const load = vi.fn(async () => Scoring);
    const Lazy = retryableLazy(load, (Screen) => Screen);
    await Lazy.preload();
    renderPreloaded(Lazy);
    // In the same render: no "Opening…" in between, which React would hold for about 300 ms.
    expect(screen.getByRole('heading', { name: 'Back up or restore' })).toBeInTheDocument();
    expect(screen.queryByText('Opening…')).not.toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('shows at once the second time it opens', async () => {
    const Lazy = retryableLazy(
      async () => Scoring,
      (Screen) => Screen,
    );
    const first = renderPreloaded(Lazy);
    expect(screen.getByText('Opening…')).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'Back up or restore' })).toBeInTheDocument();
    first.unmount();
    renderPreloaded(Lazy);
    expect(screen.getByRole('heading', { name: 'Back up or restore' })).toBeInTheDocument();
  });

  it('leaves a failed preload for its first render, which loads it again', async () => {
    const load = vi
      .fn<() => Promise<typeof Scoring>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
      .mockResolvedValue(Scoring);
    const Lazy = retryableLazy(load, (Screen) => Screen);
    await Lazy.preload();
    renderPreloaded(Lazy);
    expect(await screen.findByRole('heading', { name: 'Back up or restore' })).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(2);
  });
});

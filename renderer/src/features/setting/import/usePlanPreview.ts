import { useEffect, useMemo, useRef, useState } from 'react';
import type { ImportTarget } from '@shared/domain/planImport';
import type { PlanPreview } from '@shared/domain/planPreview';
import { errorMessage } from '../../../lib/formErrors';
import { CancelledError, runOffThread } from '../../../lib/offThread/runOffThread';
import type { OffThreadProgress } from '../../../lib/offThread/tasks';

/** Where the preview of a plan file is: being read (with progress), read, stopped or failed. */
export type PlanPreviewState =
  | { status: 'waiting' }
  | { status: 'reading'; progress: OffThreadProgress | null }
  | { status: 'done'; preview: PlanPreview }
  | { status: 'cancelled' }
  | { status: 'failed'; message: string };

type Job = { content: string; target: string };

/**
 * Parses and coaches a plan file off the UI thread, again whenever the file or the quarter it
 * would go into changes; `cancel` stops it at once. `target` is null while it is still loading.
 */
export function usePlanPreview(
  content: string,
  target: ImportTarget | null,
): { state: PlanPreviewState; cancel: () => void } {
  // Live queries hand over new arrays on every change; the preview depends on their contents.
  const targetKey = useMemo(() => (target ? JSON.stringify(target) : null), [target]);
  const job = useMemo(
    (): Job | null => (targetKey === null ? null : { content, target: targetKey }),
    [content, targetKey],
  );
  const [latest, setLatest] = useState<{ job: Job; state: PlanPreviewState } | null>(null);
  const controller = useRef<AbortController | null>(null);

  useEffect(() => {
    if (!job) return;
    const running = new AbortController();
    controller.current = running;
    const report = (state: PlanPreviewState) => setLatest({ job, state });
    runOffThread(
      { kind: 'preview-plan', content: job.content, target: JSON.parse(job.target) },
      {
        signal: running.signal,
        onProgress: (progress) => report({ status: 'reading', progress }),
      },
    ).then(
      (preview) => report({ status: 'done', preview }),
      (error: unknown) => {
        if (error instanceof CancelledError) {
          // Cancelled by the person, not by a newer file or quarter replacing this job.
          if (controller.current === running) report({ status: 'cancelled' });
        } else report({ status: 'failed', message: errorMessage(error) });
      },
    );
    return () => {
      controller.current = null;
      running.abort();
    };
  }, [job]);

  const state: PlanPreviewState =
    latest && latest.job === job
      ? latest.state
      : job
        ? { status: 'reading', progress: null }
        : { status: 'waiting' };
  return { state, cancel: () => controller.current?.abort() };
}

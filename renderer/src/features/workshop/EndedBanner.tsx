import { formatDate } from '@shared/domain/format';
import { reopenWorkshop, type Workshop } from '@shared/domain/workshop';
import { changeWorkshop } from '../../db/repositories/workshops';
import { useToastStore } from '../../state/toastStore';
import { useChangeWorkshop } from './workshopMutations';

/**
 * Says an ended workshop is a record (agenda and participants read-only), with the one explicit
 * way to reopen it; reopening offers Undo, which ends it again as it was.
 */
export function EndedBanner({ workshop }: { workshop: Workshop }) {
  const change = useChangeWorkshop(workshop.id);
  const show = useToastStore((s) => s.show);
  const { endedAt } = workshop;
  const reopen = () =>
    change.mutate(reopenWorkshop, {
      onSuccess: () =>
        show({
          tone: 'info',
          message: `Reopened “${workshop.title}”.`,
          undo: async () => {
            await changeWorkshop(workshop.id, (w) =>
              w.status === 'ended' ? w : { ...w, status: 'ended', endedAt, currentItemId: null },
            );
          },
        }),
    });
  return (
    <div className="closed-banner" role="note">
      <p>
        <strong>This workshop has ended</strong>
        {endedAt && ` on ${formatDate(endedAt.slice(0, 10))}`}. It is kept as a record: its agenda
        and participants are read-only. Its summary can still be exported.
      </p>
      <button type="button" className="button" onClick={reopen} disabled={change.isPending}>
        Reopen workshop
      </button>
    </div>
  );
}

import type { KeyResult } from '@shared/domain';
import type { Finding } from '@shared/domain/coach/types';
import { formatValue } from '@shared/domain/format';
import { RowActions } from '../../components/RowActions';
import type { Lineage } from '../../db/hooks';
import { QuarterLink } from '../cycles/QuarterLink';
import { InlineFindings } from './coach/InlineFindings';
import { useDeleteKeyResult, useMoveKeyResult } from './planMutations';

type KeyResultRowProps = {
  keyResult: KeyResult;
  isFirst: boolean;
  isLast: boolean;
  onEdit: () => void;
  /** The coach's findings on this key result, shown under it. */
  findings?: Finding[];
  /** The quarters this KR was carried from and into. */
  lineage?: Lineage[string] | undefined;
};

const STATUS_LABELS: Record<KeyResult['status'], string> = {
  draft: 'Draft',
  proposed: 'Proposed',
  agreed: 'Agreed',
};

/** One key result in the list: baseline → target at a glance, with its actions. */
export function KeyResultRow({
  keyResult: kr,
  isFirst,
  isLast,
  onEdit,
  findings = [],
  lineage,
}: KeyResultRowProps) {
  const move = useMoveKeyResult(kr.id);
  const remove = useDeleteKeyResult();
  return (
    <li className="kr" aria-label={`Key result: ${kr.title}`}>
      <div className="kr__main">
        <p className="kr__title">{kr.title}</p>
        <p className="kr__meta">
          {kr.metric && <span>{kr.metric}</span>}
          <span className="kr__range">
            {kr.baseline == null ? <em>no baseline</em> : formatValue(kr.baseline, kr.unit)}
            {' → '}
            {kr.target == null ? <em>no target</em> : formatValue(kr.target, kr.unit)}
            <span className="kr__direction"> ({kr.direction})</span>
          </span>
          {kr.owner && <span>Owner: {kr.owner}</span>}
          {lineage?.from && (
            <QuarterLink quarter={lineage.from}>{`Carried from ${lineage.from.label}`}</QuarterLink>
          )}
          {lineage?.to && (
            <QuarterLink quarter={lineage.to}>{`Carried into ${lineage.to.label}`}</QuarterLink>
          )}
        </p>
        <InlineFindings findings={findings} about={kr.title} keyResult={kr} />
      </div>
      <span className={`badge badge--${kr.status}`}>{STATUS_LABELS[kr.status]}</span>
      <RowActions
        noun="key result"
        title={kr.title}
        isFirst={isFirst}
        isLast={isLast}
        onEdit={onEdit}
        onMove={(delta) => move.mutate(delta)}
        onDelete={() => remove.mutate(kr.id)}
      />
    </li>
  );
}

import { useState } from 'react';
import type { MergeSide } from '@shared/sync/merge';
import {
  type ConflictField,
  defaultChoices,
  type RecordConflict,
} from '../../lib/forms/recordVersions';
import { Dialog, DialogFooter } from '../Dialog';
import './conflict.css';

const CHANGED_BY = {
  mine: 'Changed here',
  theirs: 'Changed there',
  both: 'Changed in both',
} as const;

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * Asked when a save meets a version saved in another window since the form opened: every field
 * that differs, side by side, and three ways on: keep mine, take theirs, or save the merge (each
 * side's own changes, and the chosen value where both changed a field).
 */
/** The dialog's words where the other version came from somewhere else (the workspace folder). */
export type ConflictWording = {
  title: string;
  description: string;
  theirsHeading: string;
  dismissLabel: string;
};

export function ConflictDialog({
  conflict,
  wording,
}: {
  conflict: RecordConflict;
  wording?: ConflictWording;
}) {
  const [choices, setChoices] = useState(() => defaultChoices(conflict));
  const choose = (field: string, side: MergeSide) =>
    setChoices((current) => ({ ...current, [field]: side }));
  const bothCount = conflict.fields.filter((f) => f.changedBy === 'both').length;
  return (
    <Dialog
      title={wording?.title ?? `${capitalized(conflict.noun)} changed in another window`}
      description={
        wording?.description ??
        'It was saved there after you opened it here, so nothing has been overwritten. Choose what to keep.'
      }
      size="wide"
      onClose={conflict.dismiss}
    >
      <div className="form conflict">
        <div className="conflict__scroll">
          <table className="conflict__table">
            <caption className="visually-hidden">
              Fields that differ between your version and the other window&apos;s
            </caption>
            <thead>
              <tr>
                <th scope="col">Field</th>
                <th scope="col">Your version</th>
                <th scope="col">{wording?.theirsHeading ?? 'Saved in the other window'}</th>
              </tr>
            </thead>
            <tbody>
              {conflict.fields.map((f) => (
                <ConflictRow
                  key={f.field}
                  field={f}
                  choice={choices[f.field] ?? 'mine'}
                  onChoose={(side) => choose(f.field, side)}
                />
              ))}
            </tbody>
          </table>
        </div>
        <p className="conflict__legend">
          {bothCount > 0
            ? 'The merge keeps each side’s own changes and, where both changed a field, the value you pick. '
            : 'The merge keeps both sides’ changes. '}
          Keep mine saves your version of every field; take theirs drops your edits.
        </p>
        <DialogFooter>
          <button type="button" className="button conflict__back" onClick={conflict.dismiss}>
            {wording?.dismissLabel ?? 'Back to editing'}
          </button>
          <button type="button" className="button" onClick={conflict.takeTheirs}>
            Take theirs
          </button>
          <button type="button" className="button" onClick={conflict.keepMine}>
            Keep mine
          </button>
          <button
            type="button"
            className="button button--primary"
            onClick={() => conflict.merge(choices)}
          >
            Save merged
          </button>
        </DialogFooter>
      </div>
    </Dialog>
  );
}

type ConflictRowProps = {
  field: ConflictField;
  choice: MergeSide;
  onChoose: (side: MergeSide) => void;
};

/** One field: both values, the one the merge keeps highlighted; a choice where both changed it. */
function ConflictRow({ field, choice, onChoose }: ConflictRowProps) {
  const kept: MergeSide =
    field.changedBy === 'both' ? choice : field.changedBy === 'mine' ? 'mine' : 'theirs';
  const cell = (side: MergeSide, value: string) => {
    const className = `conflict__cell ${kept === side ? 'conflict__cell--kept' : 'conflict__cell--dropped'}`;
    if (field.changedBy !== 'both') {
      return (
        <td className={className}>
          <span className="conflict__value">{value}</span>
        </td>
      );
    }
    return (
      <td className={className}>
        <label className="conflict__choice">
          <input
            type="radio"
            name={`conflict-${field.field}`}
            checked={choice === side}
            onChange={() => onChoose(side)}
            aria-label={side === 'mine' ? `Keep your ${field.label}` : `Take their ${field.label}`}
          />
          <span className="conflict__value">{value}</span>
        </label>
      </td>
    );
  };
  return (
    <tr>
      <th scope="row">
        <span className="conflict__field">{capitalized(field.label)}</span>
        <span className={`conflict__tag conflict__tag--${field.changedBy}`}>
          {CHANGED_BY[field.changedBy]}
        </span>
      </th>
      {cell('mine', field.yours)}
      {cell('theirs', field.theirs)}
    </tr>
  );
}

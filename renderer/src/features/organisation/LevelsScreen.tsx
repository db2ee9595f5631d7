import { useState } from 'react';
import { LEVEL_KIND_LABELS, type LevelKind, type PlacementInput } from '@shared/domain';
import type { Owner } from '@shared/domain/alignment/levels';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Icon } from '../../components/Icon';
import { useOwners } from '../../db/hooks';
import type { PlacementEffect } from '../../db/repositories/levels';
import { LevelOwnerDialog } from './LevelOwnerDialog';
import { usePlaceOwner, usePreviewPlacement } from './organisationMutations';

type Pending = { owner: Owner; input: PlacementInput; effect: PlacementEffect };

/** `owners` as the level select offers them: a level, or a team in one of the groups. */
const placementValue = (o: Owner) =>
  o.kind === 'team' && o.groupId ? `group:${o.groupId}` : o.kind;

function placementOf(value: string): PlacementInput {
  if (value.startsWith('group:')) return { kind: 'team', groupId: value.slice(6) };
  const kind = (['organisation', 'group', 'team'] as const).find((k) => k === value) ?? 'team';
  return { kind, groupId: null };
}

function effectText({ detached, released }: PlacementEffect): string {
  const parts: string[] = [];
  if (detached.length > 0) {
    parts.push(
      `${detached.length} ${detached.length === 1 ? 'objective loses its' : 'objectives lose their'} parent link, because ${detached.length === 1 ? 'it' : 'they'} would no longer align to a higher level: ${detached.map((o) => `“${o.title}”`).join(', ')}.`,
    );
  }
  if (released.length > 0) {
    parts.push(
      `${released.length} ${released.length === 1 ? 'team leaves' : 'teams leave'} the group.`,
    );
  }
  return `${parts.join(' ')} You can undo this right after.`;
}

/**
 * Where each owner of objectives sits: the organisation above everything, groups of teams
 * (a department or a function), and the teams, each in a group or none.
 */
export function LevelsScreen() {
  const owners = useOwners();
  const [adding, setAdding] = useState<'organisation' | 'group' | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const preview = usePreviewPlacement();
  const place = usePlaceOwner();
  if (!owners) return <p className="loading">Loading the levels…</p>;
  const groups = owners.filter((o) => o.kind === 'group');
  const hasOrganisation = owners.some((o) => o.kind === 'organisation');

  const move = (owner: Owner, value: string) => {
    const input = placementOf(value);
    preview.mutate(
      { teamId: owner.id, input },
      {
        onSuccess: (effect) => {
          if (effect.detached.length + effect.released.length > 0) {
            setPending({ owner, input, effect });
          } else place.mutate({ teamId: owner.id, input });
        },
      },
    );
  };

  return (
    <section className="org-screen org-levels" aria-labelledby="levels-heading">
      <div className="org-toolbar">
        <h2 id="levels-heading" className="org-screen__summary">
          {owners.length} {owners.length === 1 ? 'owner' : 'owners'} of objectives
        </h2>
        {!hasOrganisation && (
          <button type="button" className="button" onClick={() => setAdding('organisation')}>
            <Icon name="plus" size={16} /> Add organisation level
          </button>
        )}
        <button type="button" className="button" onClick={() => setAdding('group')}>
          <Icon name="plus" size={16} /> Add group of teams
        </button>
      </div>
      <p className="muted org-levels__lede">
        Objectives align upwards only: a team to its group or the organisation, a group to the
        organisation. Each owner keeps its own quarters; choose it in the sidebar to plan its
        objectives.
      </p>
      <table className="table">
        <caption className="visually-hidden">Owners of objectives and their levels</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Level</th>
          </tr>
        </thead>
        <tbody>
          {owners.map((owner) => (
            <tr key={owner.id}>
              <th scope="row">{owner.name}</th>
              <td>
                <select
                  aria-label={`Level of ${owner.name}`}
                  value={placementValue(owner)}
                  disabled={preview.isPending || place.isPending}
                  onChange={(e) => move(owner, e.target.value)}
                >
                  {(['organisation', 'group', 'team'] as const satisfies readonly LevelKind[]).map(
                    (kind) => (
                      <option key={kind} value={kind}>
                        {kind === 'team' ? 'Team (no group)' : LEVEL_KIND_LABELS[kind]}
                      </option>
                    ),
                  )}
                  {owner.kind !== 'group' &&
                    groups.map((g) => (
                      <option key={g.id} value={`group:${g.id}`}>
                        Team in {g.name}
                      </option>
                    ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      {adding && (
        <LevelOwnerDialog
          kind={adding}
          onClose={() => setAdding(null)}
          onSaved={() => setAdding(null)}
        />
      )}
      {pending && (
        <ConfirmDialog
          title={`Move ${pending.owner.name}?`}
          description={effectText(pending.effect)}
          confirmLabel="Move"
          cancelLabel="Keep as it is"
          onCancel={() => setPending(null)}
          onConfirm={() => {
            place.mutate({ teamId: pending.owner.id, input: pending.input });
            setPending(null);
          }}
        />
      )}
    </section>
  );
}

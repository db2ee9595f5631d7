import {
  dependencyInputSchema,
  dependencyStatusSchema,
  type Dependency,
  type DependencyInput,
  type DependencyStatus,
  type Objective,
} from '@shared/domain';
import { ownerTitle, type Owner } from '@shared/domain/alignment/levels';
import { formatDate } from '@shared/domain/format';
import { Icon } from '../../../components/Icon';
import { FormField, SchemaForm } from '../../../components/SchemaForm';
import { TextField } from '../../../components/TextField';
import { useDependencies, useOwners } from '../../../db/hooks';
import { useRecordForm } from '../../../lib/forms/useRecordForm';
import { useDeleteDependency, useSaveDependency, useSetDependencyStatus } from '../planMutations';
import { FormError } from '../../../components/FormError';
import { useSaveOnLeave } from './useSaveOnLeave';

const STATUS_LABELS: Record<DependencyStatus, string> = {
  open: 'Open',
  agreed: 'Agreed',
  'at-risk': 'At risk',
  resolved: 'Resolved',
};

const toValues = (): DependencyInput => ({
  team: '',
  teamId: null,
  need: '',
  byDate: null,
  status: 'open',
  objectiveId: null,
});

/** An empty choice ('' from a date or select) is no value. */
const emptyAsNull = { setValueAs: (value: string | null) => value || null };

/** Step 4: what other teams must provide, by when, and whether they have agreed. */
export function DependenciesStep({
  cycleId,
  teamId,
  objectives,
}: {
  cycleId: string;
  /** The team whose plan this is: it is not offered as a team it depends on. */
  teamId: string;
  objectives: Objective[];
}) {
  const dependencies = useDependencies(cycleId);
  const others = (useOwners() ?? []).filter((o) => o.id !== teamId);
  const addForm = useRecordForm({
    schema: dependencyInputSchema,
    record: undefined,
    toValues,
    save: useSaveDependency(cycleId),
    // Empty again and unchanged, so moving on has nothing left to save.
    onSaved: () => addForm.form.reset(toValues(), { keepDefaultValues: false }),
  });
  // A dependency typed in full and then Next pressed is added, not silently dropped.
  useSaveOnLeave(addForm);
  const { register, setValue, watch } = addForm.form;
  const pickedTeamId = watch('teamId');

  return (
    <section className="step" aria-labelledby="dependencies-heading">
      <header className="step__header">
        <div>
          <h3 id="dependencies-heading">Dependencies</h3>
          <p className="step__lede">
            Surface what this plan needs from other teams before the quarter starts, and resolve it
            where you can.
          </p>
        </div>
      </header>

      {dependencies && dependencies.length > 0 ? (
        <table className="table">
          <caption className="visually-hidden">Dependencies on other teams</caption>
          <thead>
            <tr>
              <th scope="col">Team</th>
              <th scope="col">What is needed</th>
              <th scope="col">By</th>
              <th scope="col">For objective</th>
              <th scope="col">Status</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {dependencies.map((dep) => (
              <DependencyRow key={dep.id} dependency={dep} objectives={objectives} />
            ))}
          </tbody>
        </table>
      ) : (
        <p className="muted">
          No dependencies recorded. If the plan needs nothing from other teams, move on to the
          review.
        </p>
      )}

      <SchemaForm
        of={addForm}
        className="form form--grid form--flat dependency-form"
        onKeyDown={(e) => {
          if (e.key === 'Escape') addForm.form.reset(toValues());
        }}
        aria-label="Add a dependency"
      >
        {others.length > 0 && (
          <TeamPicker
            owners={others}
            value={pickedTeamId ?? null}
            onChange={(owner) => {
              setValue('teamId', owner?.id ?? null);
              setValue('team', owner?.name ?? '', { shouldValidate: false });
            }}
          />
        )}
        {(pickedTeamId ?? null) === null && (
          <TextField
            name="team"
            label={others.length > 0 ? 'Team outside this workspace' : 'Other team'}
          />
        )}
        <TextField name="need" label="What is needed" />
        <FormField name="byDate" label="Needed by">
          {(p) => <input {...p} type="date" {...register('byDate', emptyAsNull)} />}
        </FormField>
        <FormField name="objectiveId" label="For objective">
          {(p) => (
            <select {...p} {...register('objectiveId', emptyAsNull)}>
              <option value="">The whole quarter</option>
              {objectives.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.title}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <div className="dependency-form__actions">
          <FormError message={addForm.saveError} />
          <button type="submit" className="button button--primary" disabled={addForm.isSaving}>
            <Icon name="plus" size={16} /> Add dependency
          </button>
        </div>
      </SchemaForm>
    </section>
  );
}

function DependencyRow({
  dependency: dep,
  objectives,
}: {
  dependency: Dependency;
  objectives: Objective[];
}) {
  const update = useSetDependencyStatus(dep);
  const remove = useDeleteDependency();
  return (
    <tr>
      <td>{dep.team}</td>
      <td>{dep.need}</td>
      <td>{dep.byDate ? formatDate(dep.byDate) : '—'}</td>
      <td>{objectives.find((o) => o.id === dep.objectiveId)?.title ?? 'Whole quarter'}</td>
      <td>
        <select
          aria-label={`Status of dependency on ${dep.team}`}
          value={dep.status}
          onChange={(e) => update.mutate(dependencyStatusSchema.parse(e.target.value))}
        >
          {dependencyStatusSchema.options.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[s]}
            </option>
          ))}
        </select>
      </td>
      <td>
        <button
          type="button"
          className="icon-button icon-button--danger"
          onClick={() => remove.mutate(dep.id)}
          aria-label={`Delete dependency on ${dep.team}: ${dep.need}`}
        >
          <Icon name="trash" />
        </button>
      </td>
    </tr>
  );
}

/** A value of the team picker that names no workspace team: the name is typed instead. */
const OUTSIDE = '';

/**
 * The team a dependency is on, chosen from the workspace's teams (grouped by level); a team
 * outside the workspace is typed by name instead.
 */
function TeamPicker({
  owners,
  value,
  onChange,
}: {
  owners: readonly Owner[];
  value: string | null;
  onChange: (owner: Owner | null) => void;
}) {
  return (
    <FormField name="teamId" label="Other team">
      {(p) => (
        <select
          {...p}
          value={value ?? OUTSIDE}
          onChange={(e) => onChange(owners.find((o) => o.id === e.target.value) ?? null)}
        >
          <option value={OUTSIDE}>A team outside this workspace…</option>
          {owners.map((o) => (
            <option key={o.id} value={o.id}>
              {ownerTitle(o)}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}

import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import {
  dependencyInputSchema,
  dependencyStatusSchema,
  type Dependency,
  type DependencyInput,
  type DependencyStatus,
  type Objective,
} from '@shared/domain';
import { formatDate } from '@shared/domain/format';
import { Field } from '../../../components/Field';
import { Icon } from '../../../components/Icon';
import { useDependencies } from '../../../db/hooks';
import {
  createDependency,
  deleteDependency,
  updateDependency,
} from '../../../db/repositories/dependencies';
import { errorMessage, fieldErrors } from '../../../lib/formErrors';
import { useUndoableDelete } from '../../../state/useUndoableDelete';

const STATUS_LABELS: Record<DependencyStatus, string> = {
  open: 'Open',
  agreed: 'Agreed',
  'at-risk': 'At risk',
  resolved: 'Resolved',
};

const EMPTY = {
  team: '',
  need: '',
  byDate: '',
  status: 'open' as DependencyStatus,
  objectiveId: '',
};

/** Step 4: what other teams must provide, by when, and whether they have agreed. */
export function DependenciesStep({
  cycleId,
  objectives,
}: {
  cycleId: string;
  objectives: Objective[];
}) {
  const dependencies = useDependencies(cycleId);
  const [form, setForm] = useState(EMPTY);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const add = useMutation({
    mutationFn: (input: DependencyInput) => createDependency(cycleId, input),
    onSuccess: () => setForm(EMPTY),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = dependencyInputSchema.safeParse({
      ...form,
      byDate: form.byDate || null,
      objectiveId: form.objectiveId || null,
    });
    if (!parsed.success) return setErrors(fieldErrors(parsed.error));
    setErrors({});
    add.mutate(parsed.data);
  };

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

      <form
        className="form form--grid form--flat dependency-form"
        onSubmit={submit}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            setForm(EMPTY);
            setErrors({});
          }
        }}
        aria-label="Add a dependency"
        noValidate
      >
        <Field label="Other team" error={errors.team}>
          {(p) => (
            <input
              {...p}
              value={form.team}
              onChange={(e) => setForm({ ...form, team: e.target.value })}
            />
          )}
        </Field>
        <Field label="What is needed" error={errors.need}>
          {(p) => (
            <input
              {...p}
              value={form.need}
              onChange={(e) => setForm({ ...form, need: e.target.value })}
            />
          )}
        </Field>
        <Field label="Needed by" error={errors.byDate}>
          {(p) => (
            <input
              {...p}
              type="date"
              value={form.byDate}
              onChange={(e) => setForm({ ...form, byDate: e.target.value })}
            />
          )}
        </Field>
        <Field label="For objective">
          {(p) => (
            <select
              {...p}
              value={form.objectiveId}
              onChange={(e) => setForm({ ...form, objectiveId: e.target.value })}
            >
              <option value="">The whole quarter</option>
              {objectives.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.title}
                </option>
              ))}
            </select>
          )}
        </Field>
        <div className="dependency-form__actions">
          {add.error && (
            <p className="form-error" role="alert">
              {errorMessage(add.error)}
            </p>
          )}
          <button type="submit" className="button button--primary" disabled={add.isPending}>
            <Icon name="plus" size={16} /> Add dependency
          </button>
        </div>
      </form>
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
  const update = useMutation({
    mutationFn: (status: DependencyStatus) =>
      updateDependency(dep.id, {
        team: dep.team,
        need: dep.need,
        byDate: dep.byDate,
        objectiveId: dep.objectiveId,
        status,
      }),
  });
  const remove = useUndoableDelete(deleteDependency);
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

import { useId, useState } from 'react';
import {
  templateFamilySchema,
  type Template,
  type TeamFunction,
  type TemplateFamily,
} from '@shared/domain';
import { TEMPLATE_FAMILY_LABELS } from '@shared/domain/templates';
import { Dialog, DialogFooter } from '../../../components/Dialog';
import { errorMessage } from '../../../lib/formErrors';
import { TemplateCard } from './TemplateCard';
import { useInsertTemplate } from './templateMutations';
import { useTemplates } from './useTemplates';
import './templates.css';

type FamilyFilter = Exclude<TemplateFamily, 'custom'> | 'all';

const FILTERS: FamilyFilter[] = [
  'all',
  // Every family a built-in template can have: custom ones are the team's own.
  ...templateFamilySchema.options.filter(
    (family): family is Exclude<TemplateFamily, 'custom'> => family !== 'custom',
  ),
];

const FILTER_BY_FUNCTION: Record<TeamFunction, FamilyFilter> = {
  platform: 'platform',
  product: 'product',
  data: 'data',
  security: 'security',
  other: 'all',
};

function filterLabel(filter: FamilyFilter): string {
  return filter === 'all' ? 'All functions' : TEMPLATE_FAMILY_LABELS[filter];
}

type TemplatePickerProps = {
  cycleId: string;
  /** The team's function picks the first filter; "other" shows every family. */
  teamFunction?: TeamFunction | undefined;
  onClose: () => void;
};

/** Lists objective templates by function and inserts the chosen one into the quarter. */
export function TemplatePicker({ cycleId, teamFunction, onClose }: TemplatePickerProps) {
  const templates = useTemplates();
  const [filter, setFilter] = useState<FamilyFilter>(
    teamFunction ? FILTER_BY_FUNCTION[teamFunction] : 'all',
  );
  const filterId = useId();
  const ownHeadingId = useId();
  const builtInHeadingId = useId();
  const insert = useInsertTemplate(cycleId);

  const own = templates?.filter((t) => !t.isBuiltIn) ?? [];
  const builtIn =
    templates?.filter((t) => t.isBuiltIn && (filter === 'all' || t.family === filter)) ?? [];
  const card = (t: Template) => (
    <TemplateCard
      key={t.id}
      template={t}
      showFamily={filter === 'all' && t.isBuiltIn}
      isPending={insert.isPending}
      onInsert={() => insert.mutate(t, { onSuccess: onClose })}
    />
  );

  return (
    <Dialog
      title="Insert a template"
      description="Objectives with outcome key results that work for engineering teams. The targets are suggestions; the baselines are yours to measure."
      size="wide"
      onClose={onClose}
      hasCloseButton={false}
    >
      <div className="template-picker">
        <div className="template-picker__filter field">
          <label htmlFor={filterId}>Function</label>
          <select
            id={filterId}
            value={filter}
            onChange={(e) => setFilter(e.target.value as FamilyFilter)}
          >
            {FILTERS.map((f) => (
              <option key={f} value={f}>
                {filterLabel(f)}
              </option>
            ))}
          </select>
        </div>
        <div className="template-picker__body">
          {!templates ? (
            <p className="loading">Loading templates…</p>
          ) : (
            <>
              {own.length > 0 && (
                <section aria-labelledby={ownHeadingId}>
                  <h3 id={ownHeadingId} className="template-picker__heading">
                    Your templates
                  </h3>
                  <ul className="template-grid">{own.map(card)}</ul>
                </section>
              )}
              <section aria-labelledby={builtInHeadingId}>
                <h3 id={builtInHeadingId} className="template-picker__heading">
                  {filterLabel(filter)}
                </h3>
                <ul className="template-grid">{builtIn.map(card)}</ul>
              </section>
            </>
          )}
        </div>
        <DialogFooter>
          {insert.isError && (
            <p className="form-error" role="alert">
              Could not insert the template: {errorMessage(insert.error)}
            </p>
          )}
          <button type="button" className="button" onClick={onClose}>
            Close
          </button>
        </DialogFooter>
      </div>
    </Dialog>
  );
}

import { useId } from 'react';
import type { Template } from '@shared/domain';
import { TEMPLATE_FAMILY_LABELS } from '@shared/domain/templates';
import { formatValue } from '@shared/domain/format';
import { Icon } from '../../../components/Icon';
import { useDeleteTemplate } from './templateMutations';

type TemplateCardProps = {
  template: Template;
  /** Shows which function a template belongs to, when several are listed together. */
  showFamily: boolean;
  isPending: boolean;
  onInsert: () => void;
};

/** One template: its objective, its key results with their targets, and Insert. */
export function TemplateCard({ template: t, showFamily, isPending, onInsert }: TemplateCardProps) {
  const titleId = useId();
  const remove = useDeleteTemplate();
  return (
    <li className="template-card">
      <article aria-labelledby={titleId}>
        <header className="template-card__header">
          <h4 id={titleId}>{t.title}</h4>
          {showFamily && (
            <span className="badge badge--family">{TEMPLATE_FAMILY_LABELS[t.family]}</span>
          )}
        </header>
        {t.description && <p className="template-card__description">{t.description}</p>}
        {t.keyResults.length === 0 ? (
          <p className="template-card__empty">No key results</p>
        ) : (
          <ul className="template-card__krs" aria-label={`Key results of ${t.title}`}>
            {t.keyResults.map((k, i) => (
              <li key={i}>
                <span className="template-card__metric">{k.metric || k.title}</span>
                <span className="template-card__target">
                  {k.target == null ? <em>no target</em> : formatValue(k.target, k.unit)}{' '}
                  <span className="kr__direction">({k.direction})</span>
                </span>
              </li>
            ))}
          </ul>
        )}
        <footer className="template-card__actions">
          {!t.isBuiltIn && (
            <button
              type="button"
              className="icon-button icon-button--danger"
              onClick={() => remove.mutate(t.id)}
              disabled={remove.isPending}
              aria-label={`Delete template: ${t.title}`}
              title="Delete template"
            >
              <Icon name="trash" />
            </button>
          )}
          <button
            type="button"
            className="button button--primary button--small"
            onClick={onInsert}
            disabled={isPending}
            aria-label={`Insert template: ${t.title}`}
          >
            <Icon name="plus" size={16} /> Insert
          </button>
        </footer>
      </article>
    </li>
  );
}

import type { ReactNode } from 'react';

type EmptyStateProps = {
  title: string;
  children: ReactNode;
  action?: ReactNode;
};

/** What a screen shows when there is nothing on it yet: what belongs here and how to start. */
export function EmptyState({ title, children, action }: EmptyStateProps) {
  return (
    <section className="empty-state" aria-label={title}>
      <h2>{title}</h2>
      <div className="empty-state__body">{children}</div>
      {action && <div className="empty-state__action">{action}</div>}
    </section>
  );
}

import type { ReactNode } from 'react';

/** What a view shows when it has nothing yet: what that means, and what to do about it. */
export function EmptyState({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="empty-state" data-testid="empty-state">
      <h2 className="empty-title">{title}</h2>
      {children}
    </section>
  );
}

import type { ReactNode } from 'react';
import './facts.css';

// "What the assistant knows", as label and value side by side (one above the other on a narrow window).
// The Mailjet keys step and the Odoo connection step show their findings this way; one look, one stylesheet.

export function Facts({ children }: { children: ReactNode }) {
  return <dl className="facts">{children}</dl>;
}

/** One row. `literal` marks a value the user may compare with another screen or copy: it is set in monospace. */
export function Fact({ term, literal = false, children }: { term: ReactNode; literal?: boolean; children: ReactNode }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd className={literal ? 'facts-literal' : undefined}>{children}</dd>
    </div>
  );
}

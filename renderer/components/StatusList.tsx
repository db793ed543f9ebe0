import type { ReactNode } from 'react';
import './status-list.css';

// Things the assistant checked, one row each: what it is on the left (a name, then the address or record
// it concerns), its state on the right (a badge, then what to do). The senders and both DNS checks use it,
// so a state reads the same wherever it appears.

export function StatusList({ label, children }: { label?: string; children: ReactNode }) {
  return (
    <ul className="status-list" aria-label={label}>
      {children}
    </ul>
  );
}

export function StatusRow({ title, detail, children }: { title: ReactNode; detail?: ReactNode; children: ReactNode }) {
  return (
    <li className="status-row">
      <div className="status-row-what">
        <span className="status-row-title">{title}</span>
        {detail ? <span className="status-row-detail">{detail}</span> : null}
      </div>
      <div className="status-row-state">{children}</div>
    </li>
  );
}

/** A sentence under the badge: what the state means or what to do. */
export function StatusNote({ muted = false, children }: { muted?: boolean; children: ReactNode }) {
  return <p className={muted ? 'status-row-note status-row-note-muted' : 'status-row-note'}>{children}</p>;
}

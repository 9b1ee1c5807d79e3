// Messages the person must notice: errors (announced at once) and confirmations (polite).
import type { ReactNode } from 'react';

export function ErrorMessage({ children }: { children: ReactNode }) {
  if (children === null || children === undefined || children === '') return null;
  return (
    <div className="message message-error" role="alert">
      {children}
    </div>
  );
}

/** Always rendered so screen readers already watch it when the text arrives. */
export function StatusMessage({ children }: { children: ReactNode }) {
  return (
    <div className="message-status" role="status">
      {children ? <p className="message message-success">{children}</p> : null}
    </div>
  );
}

export function Loading({ label }: { label: string }) {
  return (
    <p className="loading" role="status">
      {label}
    </p>
  );
}

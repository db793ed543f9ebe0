import { useEffect, useRef, type ReactNode } from 'react';
import './field.css';

/** What the control needs to be tied to its label, hint and problem. */
interface FieldControl {
  id: string;
  'aria-describedby': string | undefined;
  'aria-invalid': true | undefined;
}

interface FieldProps {
  id: string;
  label: ReactNode;
  /** The control (input, select, textarea, or a row around one), given the attributes that tie it to the words around it. */
  children: (control: FieldControl) => ReactNode;
  /** What to type, always shown. */
  hint?: ReactNode;
  /** What is wrong with what was typed, in words; the control is then marked invalid. */
  problem?: ReactNode;
  /**
   * The form's count of refused submits: after each one, the first field of the form that shows a
   * problem takes the focus, so the fix is one keystroke away.
   */
  attempt?: number;
  /** The hint changes as something is looked up: screen readers announce it. */
  liveHint?: boolean;
  /** A checkbox: the control comes first, its label and hint beside it. */
  check?: boolean;
  /** A key or token, compared character by character with another screen: set in monospace. */
  literal?: boolean;
  className?: string;
  labelClassName?: string;
  hintClassName?: string;
  problemClassName?: string;
}

/** One form field: label, control, hint and problem, read together by screen readers (`aria-describedby`). */
export function Field({
  id,
  label,
  children,
  hint,
  problem,
  attempt,
  liveHint,
  check,
  literal,
  className,
  labelClassName,
  hintClassName,
  problemClassName,
}: FieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const problemId = problem ? `${id}-problem` : undefined;
  const describedBy = [hintId, problemId].filter(Boolean).join(' ') || undefined;
  const control: FieldControl = { id, 'aria-describedby': describedBy, 'aria-invalid': problem ? true : undefined };

  const focusedFor = useRef(0);
  useEffect(() => {
    if (!attempt || attempt === focusedFor.current || !problem) return;
    focusedFor.current = attempt;
    const element = document.getElementById(id);
    const first = element?.closest('form')?.querySelector('[aria-invalid="true"]');
    if (!first || first === element) element?.focus();
  }, [attempt, problem, id]);

  const labelElement = (
    <label htmlFor={id} className={labelClassName ?? 'field-label'}>
      {label}
    </label>
  );
  const after = (
    <>
      {hint ? (
        <p id={hintId} className={hintClassName ?? 'field-hint'} {...(liveHint ? { role: 'status' } : {})}>
          {hint}
        </p>
      ) : null}
      {problem ? (
        <p id={problemId} className={problemClassName ?? 'field-problem'}>
          {problem}
        </p>
      ) : null}
    </>
  );
  return check ? (
    <div className={className ?? 'field field-check'}>
      {children(control)}
      <div>
        {labelElement}
        {after}
      </div>
    </div>
  ) : (
    <div className={className ?? (literal ? 'field field-literal' : 'field')}>
      {labelElement}
      {children(control)}
      {after}
    </div>
  );
}

// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState, type FormEvent } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { Field } from '@renderer/components/Field';

// The one form field: its words are tied to the control, and a refused submit puts the cursor on the
// first field that says what is wrong.

afterEach(cleanup);

function TwoFields() {
  const [name, setName] = useState('');
  const [mail, setMail] = useState('');
  const [attempt, setAttempt] = useState(0);
  const [checked, setChecked] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    setAttempt((n) => n + 1);
  };
  return (
    <form onSubmit={submit} noValidate>
      <Field
        id="name"
        label="Name"
        hint="As on your ID"
        problem={checked && !name ? 'Type your name.' : undefined}
        attempt={attempt}
      >
        {(control) => <input {...control} value={name} onChange={(event) => setName(event.target.value)} />}
      </Field>
      <Field
        id="mail"
        label="E-mail"
        problem={checked && !mail ? 'Type your e-mail address.' : undefined}
        attempt={attempt}
      >
        {(control) => <input {...control} value={mail} onChange={(event) => setMail(event.target.value)} />}
      </Field>
      <button type="submit">Send</button>
    </form>
  );
}

describe('Field', () => {
  it('ties the label and the hint to the control, and says nothing is wrong before a submit', () => {
    render(<TwoFields />);
    const name = screen.getByLabelText('Name');
    expect(name.getAttribute('aria-describedby')).toBe('name-hint');
    expect(document.getElementById('name-hint')?.textContent).toBe('As on your ID');
    expect(name.hasAttribute('aria-invalid')).toBe(false);
    // No hint, no problem: nothing to describe it by.
    expect(screen.getByLabelText('E-mail').hasAttribute('aria-describedby')).toBe(false);
  });

  it('shows each problem, marks its control invalid and describes it by hint and problem, and focuses the first', async () => {
    const user = userEvent.setup();
    render(<TwoFields />);
    await user.click(screen.getByRole('button', { name: 'Send' }));
    const name = screen.getByLabelText('Name');
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(name.getAttribute('aria-describedby')).toBe('name-hint name-problem');
    expect(document.getElementById('name-problem')?.textContent).toBe('Type your name.');
    expect(screen.getByLabelText('E-mail').getAttribute('aria-describedby')).toBe('mail-problem');
    expect(document.activeElement).toBe(name);
  });

  it('moves focus to the field still wrong on the next refused submit', async () => {
    const user = userEvent.setup();
    render(<TwoFields />);
    await user.click(screen.getByRole('button', { name: 'Send' }));
    await user.type(screen.getByLabelText('Name'), 'Ada');
    expect(screen.getByLabelText('Name').hasAttribute('aria-invalid')).toBe(false);
    await user.click(screen.getByRole('button', { name: 'Send' }));
    expect(document.activeElement).toBe(screen.getByLabelText('E-mail'));
  });

  it('puts a checkbox before its label and hint', () => {
    render(
      <Field id="keep" label="Keep it" hint="Why" check>
        {(control) => <input {...control} type="checkbox" />}
      </Field>,
    );
    const box = screen.getByLabelText('Keep it');
    expect(box.getAttribute('type')).toBe('checkbox');
    expect(box.getAttribute('aria-describedby')).toBe('keep-hint');
    expect(box.compareDocumentPosition(screen.getByText('Keep it')) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });
});

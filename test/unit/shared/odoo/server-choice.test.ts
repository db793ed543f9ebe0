import { describe, expect, it } from 'vitest';
import { chooseMailServer, type ChoosableServer } from '@shared/odoo/server-choice';

// Odoo 17's _find_mail_server order, on the cases the test e-mail meets.

const server = (
  id: number,
  sequence: number,
  from_filter: string | false,
  active = true,
): ChoosableServer & { name: string } => ({ id, sequence, from_filter, active, name: `#${id}` });

describe("Odoo's choice of outgoing server", () => {
  it('prefers the exact address over the domain, whatever the priority', () => {
    const choice = chooseMailServer(
      [server(1, 1, 'example.com'), server(2, 50, 'Notifications@Example.com')],
      'notifications@example.com',
    );
    expect(choice).toEqual({ server: expect.objectContaining({ id: 2 }), smtpFrom: 'notifications@example.com' });
  });

  it('among equal matches the smaller Priority number wins, then the older record; archived ones never', () => {
    expect(
      chooseMailServer(
        [server(3, 10, 'example.com'), server(2, 5, 'a.org, example.com'), server(1, 1, 'example.com', false)],
        'x@example.com',
      ).server?.id,
    ).toBe(2);
    expect(
      chooseMailServer([server(4, 5, 'example.com'), server(2, 5, 'example.com')], 'x@example.com').server?.id,
    ).toBe(2);
  });

  it('falls back to the notifications address (and sends as it), then a server without filter, then the first one', () => {
    const servers = [server(1, 1, 'other.org'), server(2, 2, 'example.com')];
    expect(chooseMailServer(servers, 'someone@gmail.com', 'notifications@example.com')).toEqual({
      server: expect.objectContaining({ id: 2 }),
      smtpFrom: 'notifications@example.com',
    });
    expect(
      chooseMailServer([server(1, 1, 'other.org'), server(2, 9, false)], 'someone@gmail.com', 'n@example.com').server
        ?.id,
    ).toBe(2);
    expect(
      chooseMailServer([server(5, 3, 'b.org'), server(6, 1, 'other.org')], 'someone@gmail.com', 'n@example.com').server
        ?.id,
    ).toBe(6);
    expect(chooseMailServer([], 'someone@gmail.com').server).toBeUndefined();
  });
});

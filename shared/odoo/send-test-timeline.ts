import type { z } from 'zod';
import { MAILJET_MESSAGE_STATUSES, type odooSendTestResultSchema } from '../contract/odoo';

// The test e-mail's journey as the faces show it: Odoo queued it → Odoo handed it to a server →
// Mailjet received it → Mailjet's final word; then one sentence on why it ended there and what to do.
// Both the wizard and the command line read these keys, so the story is told the same way.

type SendTestResult = z.infer<typeof odooSendTestResultSchema>;
type Params = Record<string, string | number>;

export interface TimelineStep {
  key: string;
  params: Params;
  state: 'done' | 'failed';
}

/** Every status word but ours for "never seen" and "never sent": Mailjet has the message. */
const MAILJET_REACHED: ReadonlySet<string> = new Set(
  MAILJET_MESSAGE_STATUSES.filter((status) => status !== 'not-seen' && status !== 'not-sent'),
);
const GOOD = new Set(['sent', 'opened', 'clicked']);

export function sendTestTimeline(result: SendTestResult): TimelineStep[] {
  const base = 'odoo.sendTest.timeline';
  const server = { id: result.odoo.mailServerId ?? 0, name: result.odoo.mailServerName ?? '' };
  const steps: TimelineStep[] = [{ key: `${base}.queued`, params: { reference: result.reference }, state: 'done' }];
  if (result.odoo.mailServerId === undefined) steps.push({ key: `${base}.handedNone`, params: {}, state: 'failed' });
  else
    steps.push({
      key: result.odoo.mailServerIsOurs ? `${base}.handed` : `${base}.handedOther`,
      params: server,
      state: result.odoo.mailServerIsOurs ? 'done' : 'failed',
    });
  if (result.odoo.state !== 'sent') {
    steps.push({
      key: `${base}.failed`,
      params: { reason: result.odoo.failureReason ?? result.odoo.state },
      state: 'failed',
    });
    return steps;
  }
  const reached = MAILJET_REACHED.has(result.mailjet.status);
  steps.push({
    key: reached ? `${base}.received` : `${base}.notReceived`,
    params: {},
    state: reached ? 'done' : 'failed',
  });
  if (reached)
    steps.push({
      key: `${base}.status.${result.mailjet.status}`,
      params: {},
      state: GOOD.has(result.mailjet.status) ? 'done' : 'failed',
    });
  return steps;
}

/** The one sentence on the outcome, and the next step. */
export function sendTestAdvice(
  result: SendTestResult,
  waitSeconds: number,
): { titleKey: string; nextKey: string; params: Params } {
  const key = `odoo.sendTest.outcome.${result.outcome}`;
  return {
    titleKey: `${key}.title`,
    nextKey: `${key}.next`,
    params: {
      reference: result.reference,
      from: result.from,
      to: result.to,
      id: result.odoo.mailServerId ?? 0,
      name: result.odoo.mailServerName ?? '',
      seconds: waitSeconds,
    },
  };
}

/** What the result says besides the journey (the From was not Odoo's own notifications address), as keys. */
export function sendTestNotices(result: SendTestResult): Array<{ key: string; params: Params }> {
  return (result.notices ?? []).map((notice) => ({
    key: `odoo.sendTest.notice.${notice.code}`,
    params: notice.params,
  }));
}

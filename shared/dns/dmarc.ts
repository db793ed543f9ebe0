import { AppError } from '../errors';
import { parseMailbox } from './host-name';
import { parseTagList } from './dkim';
import type { Notice } from './notice';
import { registrableDomain } from './registrable-domain';
import { readPastedTxt } from './txt';

// DMARC at _dmarc: the first record is a monitoring one (p=none). An existing record is never replaced
// by it: whatever policy the domain already has was chosen by someone, and may be stricter.

type DmarcPolicy = 'none' | 'quarantine' | 'reject';

export interface DmarcRecord {
  policy: DmarcPolicy;
  reportTo: string[];
}

export function isDmarcRecord(value: string): boolean {
  return /^v\s*=\s*DMARC1\s*(;|$)/i.test(value.trim());
}

/** A record receivers will use: v=DMARC1 first, then a valid p= (RFC 7489 §6.3). */
export function parseDmarc(value: string): DmarcRecord | null {
  if (!isDmarcRecord(value)) return null;
  const tags = parseTagList(value);
  const policy = tags.get('p')?.toLowerCase();
  if (policy !== 'none' && policy !== 'quarantine' && policy !== 'reject') return null;
  const reportTo = (tags.get('rua') ?? '')
    .split(',')
    .map((uri) => uri.trim())
    .filter(Boolean);
  return { policy, reportTo };
}

/** The report address as a mailto: URI in ASCII, and the organisation it belongs to. */
export function readReportAddress(raw: string): { uri: string; domain: string } {
  const mailbox = parseMailbox(raw);
  if (!mailbox) throw new AppError('dns.invalid-email', { value: raw.trim().slice(0, 120) });
  return { uri: `mailto:${mailbox.local}@${mailbox.host}`, domain: registrableDomain(mailbox.host) ?? mailbox.host };
}

function proposeDmarc(reportUri: string | undefined): string {
  return reportUri ? `v=DMARC1; p=none; rua=${reportUri}` : 'v=DMARC1; p=none';
}

export interface DmarcPlan {
  value: string;
  action: 'add' | 'replace' | 'keep';
  previous?: string;
  notices: Notice[];
}

/** What to publish at _dmarc given the record that exists (pasted or looked up), if any. */
export function planDmarc(
  existingText: string | undefined,
  domain: string,
  reportAddress: string | undefined,
): DmarcPlan {
  const report = reportAddress ? readReportAddress(reportAddress) : undefined;
  const notices: Notice[] = [];
  if (report && report.domain !== domain)
    notices.push({ code: 'dmarc-external-report', params: { domain: report.domain, own: domain } });
  const existing = existingText ? readPastedTxt(existingText).filter(isDmarcRecord) : [];
  if (existing.length > 1) notices.push({ code: 'dmarc-multiple', params: { count: existing.length } });
  const current = existing[0];
  const parsed = current ? parseDmarc(current) : null;
  if (current && parsed) {
    notices.push({ code: 'dmarc-kept', params: { policy: parsed.policy } });
    return { value: current, action: 'keep', notices };
  }
  if (!report) notices.push({ code: 'dmarc-no-report' });
  const value = proposeDmarc(report?.uri);
  if (current) {
    notices.push({ code: 'dmarc-invalid-existing' });
    return { value, action: 'replace', previous: current, notices };
  }
  return { value, action: 'add', notices };
}

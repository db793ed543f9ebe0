import { describe, expect, it } from 'vitest';
import {
  dnsCheckStatus,
  envelopeItems,
  parseDns,
  parseDnsCheck,
  parseSender,
  parseValidation,
} from '@main/core/mailjet/api-shapes';

describe('parseSender', () => {
  it("reads a recorded sender, with Mailjet status words turned into the app's", () => {
    const sender = parseSender({
      CreatedAt: '2021-06-20T09:20:44Z',
      DNSID: 325867276,
      Email: 'Email@Email.com',
      EmailType: 'unknown',
      Filename: '',
      ID: 46935,
      IsDefaultSender: false,
      Name: 'Default',
      Status: 'Active',
    });
    expect(sender).toEqual({
      id: 46935,
      email: 'email@email.com',
      status: 'active',
      emailType: 'unknown',
      dnsId: 325867276,
    });
  });

  it('keeps IDs beyond 2^53 as the digit strings node-mailjet hands over', () => {
    expect(parseSender({ ID: '9007199254740993', Email: 'a@b.it', Status: 'Inactive' }).id).toBe('9007199254740993');
  });

  it('counts any status it does not know as not active yet', () => {
    expect(parseSender({ ID: 1, Email: 'a@b.it', Status: 'Pending' }).status).toBe('inactive');
    expect(parseSender({ ID: 1, Email: 'a@b.it', Status: 'Deleted' }).status).toBe('deleted');
  });

  it('calls an answer without ID or Email unexpected', () => {
    expect(() => parseSender({ Email: 'a@b.it' })).toThrow('mailjet.unexpected-response');
  });
});

describe('envelopeItems', () => {
  it('reads Data and Total, and refuses anything else', () => {
    expect(envelopeItems({ Count: 1, Data: [{ a: 1 }], Total: 7 })).toEqual({ items: [{ a: 1 }], total: 7 });
    expect(() => envelopeItems({})).toThrow('mailjet.unexpected-response');
    expect(() => envelopeItems('<html>')).toThrow('mailjet.unexpected-response');
  });
});

describe('parseValidation', () => {
  const failed = {
    ValidationMethod: '',
    GlobalError: 'Neither the file at your domain root nor the DNS TXT record have been found to validate this sender.',
    Errors: { DNSValidationError: 'DNS record verification failed.', FileValidationError: '' },
  };

  it('reads the answer at the top level, as recorded traffic has it', () => {
    expect(parseValidation(failed)).toEqual({
      method: 'none',
      errors: [failed.GlobalError, 'DNS record verification failed.'],
    });
  });

  it('reads the same answer wrapped in the envelope, as the guide shows it', () => {
    expect(parseValidation({ Count: 1, Data: [failed], Total: 1 })).toEqual(parseValidation(failed));
  });

  it('names each success method', () => {
    expect(parseValidation({ ValidationMethod: 'DNS', Errors: {}, GlobalError: '' }).method).toBe('dns');
    expect(parseValidation({ ValidationMethod: 'Domain' }).method).toBe('domain');
    expect(parseValidation({ ValidationMethod: 'ActivationEmail' }).method).toBe('activation-email');
    expect(parseValidation({ ValidationMethod: 'File' }).method).toBe('file');
  });

  it('accepts Errors as a string too, as node-mailjet types it', () => {
    expect(parseValidation({ ValidationMethod: '', Errors: 'no record' }).errors).toEqual(['no record']);
  });
});

describe('parseDns and parseDnsCheck', () => {
  it('reads the values to publish and the last statuses', () => {
    const dns = parseDns({
      ID: 12,
      Domain: 'example.it',
      DKIMRecordName: 'mailjet._domainkey.example.it',
      DKIMRecordValue: 'k=rsa; p=AAAA',
      DKIMStatus: 'Not checked',
      SPFRecordValue: 'v=spf1 include:spf.mailjet.com ?all',
      SPFStatus: 'OK',
      OwnerShipToken: 'abc',
      OwnerShipTokenRecordName: 'mailjet._1234abcd.example.it.',
      IsCheckInProgress: false,
      LastCheckAt: '',
    });
    expect(dns).toEqual({
      id: 12,
      domain: 'example.it',
      ownershipName: 'mailjet._1234abcd.example.it.',
      ownershipValue: 'abc',
      dkimName: 'mailjet._domainkey.example.it',
      dkimValue: 'k=rsa; p=AAAA',
      spfValue: 'v=spf1 include:spf.mailjet.com ?all',
      dkimStatus: 'not-checked',
      spfStatus: 'ok',
      checkInProgress: false,
    });
  });

  it("reads the SPF values under either name Mailjet's SDKs use, and error lists or strings", () => {
    const plural = parseDnsCheck({
      DKIMStatus: 'Error',
      DKIMErrors: ['no DKIM record'],
      SPFStatus: 'OK',
      SPFErrors: [],
      SPFRecordsCurrentValues: ['v=spf1 a', 'v=spf1 b'],
    });
    expect(plural).toMatchObject({
      dkimStatus: 'error',
      dkimErrors: ['no DKIM record'],
      spfStatus: 'ok',
      spfCurrent: ['v=spf1 a', 'v=spf1 b'],
    });
    const singular = parseDnsCheck({
      DKIMStatus: 'OK',
      DKIMErrors: '',
      SPFStatus: 'Error',
      SPFErrors: 'no SPF',
      SPFRecordCurrentValue: 'v=spf1 c',
    });
    expect(singular).toMatchObject({ dkimErrors: [], spfErrors: ['no SPF'], spfCurrent: ['v=spf1 c'] });
  });

  it('maps every status word, "Not found" included', () => {
    expect(['OK', 'Error', 'Not found', 'Not checked', '', 'Weird'].map(dnsCheckStatus)).toEqual([
      'ok',
      'error',
      'not-found',
      'not-checked',
      'not-checked',
      'unknown',
    ]);
  });
});

describe('answers out of the ordinary', () => {
  it('refuses a DNS value too long to be stored whole, rather than clip a record to publish', () => {
    expect(() => parseDns({ DKIMRecordValue: `k=rsa; p=${'A'.repeat(5000)}` })).toThrow('mailjet.unexpected-response');
  });

  it('keeps informational lists short', () => {
    const check = parseDnsCheck({ SPFErrors: Array.from({ length: 50 }, () => 'x'.repeat(3000)) });
    expect(check.spfErrors).toHaveLength(20);
    expect(check.spfErrors.every((e) => e.length === 1000)).toBe(true);
  });
});

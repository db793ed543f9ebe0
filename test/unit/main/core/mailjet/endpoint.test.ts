import { describe, expect, it } from 'vitest';
import { isLoopbackHost, resolveMailjetEndpoint } from '@main/core/mailjet/endpoint';

const codeOf = (work: () => unknown) => {
  try {
    work();
  } catch (error) {
    return (error as { code?: string }).code;
  }
  return undefined;
};

describe('resolveMailjetEndpoint', () => {
  it('uses Mailjet over https by default and the US host for the US region', () => {
    expect(resolveMailjetEndpoint(undefined)).toEqual({
      protocol: 'https://',
      host: 'api.mailjet.com',
      hostname: 'api.mailjet.com',
    });
    expect(resolveMailjetEndpoint(undefined, 'us').host).toBe('api.us.mailjet.com');
  });

  it('lets a configured address win over the region, port included', () => {
    expect(resolveMailjetEndpoint('https://mailjet.example.test:8443/', 'us')).toEqual({
      protocol: 'https://',
      host: 'mailjet.example.test:8443',
      hostname: 'mailjet.example.test',
    });
  });

  it('accepts plain http only on loopback, where the stand-ins run', () => {
    expect(resolveMailjetEndpoint('http://127.0.0.1:4010')).toMatchObject({
      protocol: 'http://',
      host: '127.0.0.1:4010',
    });
    expect(resolveMailjetEndpoint('http://localhost:4010').protocol).toBe('http://');
    expect(codeOf(() => resolveMailjetEndpoint('http://api.mailjet.com'))).toBe('mailjet.insecure-url');
    expect(codeOf(() => resolveMailjetEndpoint('http://10.0.0.5:80'))).toBe('mailjet.insecure-url');
  });

  it('refuses addresses node-mailjet could not use as they are', () => {
    for (const url of [
      'api.mailjet.com',
      'ftp://api.mailjet.com',
      'https://api.mailjet.com/v3',
      'https://user:pw@api.mailjet.com',
    ]) {
      expect(
        codeOf(() => resolveMailjetEndpoint(url)),
        url,
      ).toBe('mailjet.bad-url');
    }
  });

  it('never repeats credentials embedded in a refused address', () => {
    try {
      resolveMailjetEndpoint('https://key:topsecret@api.mailjet.com/x');
    } catch (error) {
      expect(JSON.stringify((error as { params: unknown }).params)).not.toContain('topsecret');
    }
  });
});

describe('isLoopbackHost', () => {
  it('knows the loopback names and nothing else', () => {
    expect(['127.0.0.1', '127.8.9.10', 'localhost', '[::1]'].every(isLoopbackHost)).toBe(true);
    expect(['128.0.0.1', 'localhost.example.com', '0.0.0.0', '192.168.1.1'].some(isLoopbackHost)).toBe(false);
  });
});

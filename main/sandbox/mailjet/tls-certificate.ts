import { webcrypto } from 'node:crypto';

// A throwaway certificate for the stand-in relay, made at each start and kept in memory only: the
// demo's Odoo stand-in (and a test's client) trusts exactly this one. ECDSA P-256 keeps it fast; the
// name is Mailjet's SMTP host, so a client that checks the host name (Odoo 19's strict modes) can too.

export interface ThrowawayCertificate {
  /** PEM, to hand to a client as its only trusted authority. */
  cert: string;
  /** PEM (PKCS#8); never written anywhere. */
  key: string;
}

const pem = (label: string, der: ArrayBuffer) =>
  `-----BEGIN ${label}-----\n${Buffer.from(der)
    .toString('base64')
    .replace(/(.{64})/g, '$1\n')
    .replace(/\n$/, '')}\n-----END ${label}-----\n`;

export async function makeThrowawayCertificate(
  hostName: string,
  validForMs = 7 * 24 * 3600_000,
  random: (bytes: Uint8Array) => Uint8Array = (bytes) => webcrypto.getRandomValues(bytes),
): Promise<ThrowawayCertificate> {
  const pkijs = await import('pkijs');
  const asn1js = await import('asn1js');
  const engine = new pkijs.CryptoEngine({ name: 'node', crypto: webcrypto as unknown as Crypto });
  const keys = (await webcrypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, [
    'sign',
    'verify',
  ])) as CryptoKeyPair;
  const certificate = new pkijs.Certificate();
  certificate.version = 2;
  // A positive serial whose first byte is never 0: DER refuses a leading zero byte ("illegal padding").
  certificate.serialNumber = new asn1js.Integer({
    valueHex: random(new Uint8Array(8)).map((b, i) => (i === 0 ? b & 0x7f || 1 : b)).buffer,
  });
  const name = () =>
    new pkijs.AttributeTypeAndValue({ type: '2.5.4.3', value: new asn1js.Utf8String({ value: hostName }) });
  certificate.issuer.typesAndValues.push(name());
  certificate.subject.typesAndValues.push(name());
  certificate.notBefore.value = new Date(Date.now() - 60_000);
  certificate.notAfter.value = new Date(Date.now() + validForMs);
  const altNames = new pkijs.GeneralNames({ names: [new pkijs.GeneralName({ type: 2, value: hostName })] });
  certificate.extensions = [
    new pkijs.Extension({ extnID: '2.5.29.17', critical: false, extnValue: altNames.toSchema().toBER(false) }),
  ];
  await certificate.subjectPublicKeyInfo.importKey(keys.publicKey, engine);
  await certificate.sign(keys.privateKey, 'SHA-256', engine);
  const der = certificate.toSchema(true).toBER(false);
  const pkcs8 = await webcrypto.subtle.exportKey('pkcs8', keys.privateKey);
  return { cert: pem('CERTIFICATE', der), key: pem('PRIVATE KEY', pkcs8) };
}

import { generateKeyPairSync } from 'node:crypto';

// Real RSA public keys, so the DER checks run on what Mailjet would hand out, not on made-up base64.
export function dkimValue(bits: 1024 | 2048 | 4096 = 2048): string {
  const { publicKey } = generateKeyPairSync('rsa', { modulusLength: bits });
  return `k=rsa; p=${publicKey.export({ type: 'spki', format: 'der' }).toString('base64')}`;
}

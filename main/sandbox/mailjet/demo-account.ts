// The key pair the demo's Mailjet stand-in accepts, and nothing else does: it opens no real account.
// The app still treats the secret half as a secret (keychain, redaction), like any other.
export const DEMO_MAILJET_ACCOUNT = {
  apiKey: 'demo0a1b2c3d4e5f60718293a4b5c6d7e8f',
  secretKey: 'demo-secret-9f8e7d6c5b4a39281706f5e4',
} as const;

import type { IncomingMessage } from 'node:http';

// The stand-ins' HTTP servers read a request the same way: the whole body as UTF-8 text, and a JSON object
// from it (anything else counts as an empty object, which the caller then refuses as the real API would).

export async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export function parseJsonObject(body: string): Record<string, unknown> {
  try {
    const value = JSON.parse(body || '{}') as unknown;
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

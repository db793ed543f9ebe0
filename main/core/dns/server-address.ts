import { isIP } from 'node:net';
import { AppError } from '@shared/errors';

// "IP[:PORT]" as people type it for --resolver or the setting, turned into the form c-ares takes
// (it accepts IP literals only, never host names).

export interface ServerAddress {
  ip: string;
  port: number;
  /** What Resolver#setServers takes: "1.2.3.4:53", "[2001:db8::1]:53". */
  spec: string;
}

export function formatServer(ip: string, port: number): string {
  return isIP(ip) === 6 ? `[${ip}]:${port}` : `${ip}:${port}`;
}

export function parseServerAddress(raw: string): ServerAddress {
  const text = raw.trim();
  let ip = text;
  let port = 53;
  const bracketed = /^\[([^\]]+)\](?::(\d{1,5}))?$/.exec(text);
  const v4WithPort = /^([\d.]+):(\d{1,5})$/.exec(text);
  if (bracketed) {
    ip = bracketed[1]!;
    if (bracketed[2]) port = Number(bracketed[2]);
  } else if (v4WithPort) {
    ip = v4WithPort[1]!;
    port = Number(v4WithPort[2]);
  }
  if (!isIP(ip) || !Number.isInteger(port) || port < 1 || port > 65535)
    throw new AppError('dns.invalid-resolver', { value: text.slice(0, 64) });
  return { ip, port, spec: formatServer(ip, port) };
}

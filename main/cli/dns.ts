import type { CliCommand } from './framework';

// The dns issue adds its commands here.
export const dnsCommands: CliCommand[] = [];

import type { CliCommand } from './framework';

// The mailjet issue adds its commands here.
export const mailjetCommands: CliCommand[] = [];

import type { CliCommand } from './framework';

// The odoo issue adds its commands here.
export const odooCommands: CliCommand[] = [];

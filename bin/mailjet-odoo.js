#!/usr/bin/env node
// Launcher for the built command line (out/main/cli.js). A fresh clone builds it with `npm run build`.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../out/main/cli.js', import.meta.url));
if (!existsSync(cli)) {
  process.stderr.write(
    'mailjet-odoo: il programma non è ancora compilato: esegui «npm run build» nella cartella del progetto.\n' +
      'mailjet-odoo: the program is not built yet: run "npm run build" in the project folder.\n',
  );
  process.exit(3);
}
await import(cli);

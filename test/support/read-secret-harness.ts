import { readSecret } from '@main/cli/read-secret';

// For the pseudo-terminal test: the CLI's secret reader on the real stdin, printing what it read as
// JSON (or the error code), so the test sees exactly what would have gone to the keychain.
readSecret({ stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env }, 'Secret: ').then(
  (value) => process.stdout.write(`RESULT ${JSON.stringify({ value })}\n`),
  (error: { code?: string }) =>
    process.stdout.write(`RESULT ${JSON.stringify({ error: error.code ?? String(error) })}\n`),
);

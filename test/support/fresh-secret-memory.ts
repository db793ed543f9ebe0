import { beforeAll } from 'vitest';
import { forgetRememberedSecrets } from '@main/core/redaction';

// Runs before each file of the unit project (no isolation there): the redaction memory is per process,
// and a test file must not inherit the secrets another file typed (seen: read-secret's " pass" scrubbed
// from the DNS sheet's text in the export test, depending on the order files ran in).
beforeAll(() => forgetRememberedSecrets());

import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The two bridges as built: the desktop preload and the browser face's script. Both are built from
// shared/bridge/assistant-api.ts and import only the zod-free channel names.
const OUT = resolve(process.env.ASSISTANT_OUT_DIR || 'out');
const PRELOAD = join(OUT, 'preload', 'index.cjs');
const BROWSER_BRIDGE = join(OUT, 'renderer', 'assistant-bridge.js');

describe.skipIf(!existsSync(PRELOAD))('the built bridges', () => {
  it('the preload requires nothing but electron, as a sandboxed preload must, and carries no zod', () => {
    const code = readFileSync(PRELOAD, 'utf8');
    expect([...code.matchAll(/require\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((m) => m[1])).toEqual(['electron']);
    expect(code).not.toMatch(/ZodError|_zod/);
  });

  it('the browser bridge is built, as one classic script (no import or export), with no zod', () => {
    expect(existsSync(BROWSER_BRIDGE)).toBe(true);
    const code = readFileSync(BROWSER_BRIDGE, 'utf8');
    expect(code).not.toMatch(/^\s*(import|export)\b|\bimport\s*\(/m);
    expect(code).not.toMatch(/ZodError|_zod/);
    expect(code).toContain('/rpc/');
    expect(code).toContain('/events');
  });
});

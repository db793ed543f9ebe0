import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// "One home per concept" (docs/architecture.md), checked on the sources: each concept below is written in
// one module, and a second copy anywhere in main/, shared/ or renderer/ fails here. ESLint's
// no-restricted-syntax (eslint.config.js) keeps the IDN conversion and the DNS-values schema single too.

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

const ALL = ['main', 'shared', 'renderer'].flatMap(sources);

/** The files outside `home` whose text matches `pattern`. */
function copiesOutside(home: string | string[], pattern: RegExp): string[] {
  const homes = Array.isArray(home) ? home : [home];
  return ALL.filter(
    (file) => !homes.some((h) => file === h || file.startsWith(`${h}/`)) && pattern.test(readFileSync(file, 'utf8')),
  );
}

describe('one home per concept', () => {
  it('the domain rule: IDN conversion in shared/dns/host-name.ts, the Public Suffix List in shared/dns/registrable-domain.ts', () => {
    expect(copiesOutside('shared/dns/host-name.ts', /domainToASCII|\.toASCII\(|new URL\(`https?:\/\/\$\{/)).toEqual([]);
    expect(copiesOutside('shared/dns/registrable-domain.ts', /from 'tldts/)).toEqual([]);
  });

  it("Mailjet's DNS values: one schema in shared/dns/mailjet-values.ts", () => {
    expect(
      copiesOutside(
        'shared/dns/mailjet-values.ts',
        /\b(ownershipName|ownershipValue|dkimName|dkimValue|spfValue)\??\s*:\s*(z\.|optionalText\(\d|string\b)/,
      ),
    ).toEqual([]);
  });

  it('the wording of a change in Odoo: shared/odoo/change-wording.ts', () => {
    expect(copiesOutside('shared/odoo/change-wording.ts', /'odoo\.changes\.|'wizard\.odoo-server\.changes\./)).toEqual(
      [],
    );
  });

  it('the DNS export table: shared/dns/formats/export.ts calls the writers', () => {
    expect(
      copiesOutside('shared/dns/formats', /\b(recordsText|recordsCsv|recordsJson|zoneFragment|handoffSheet)\(/),
    ).toEqual([]);
    expect(
      copiesOutside(['shared/dns/export-formats.ts'], /\['(text|zone|csv|json|html)', '(text|zone|csv|json|html)'/),
    ).toEqual([]);
  });

  it('the documentation links: shared/docs-links.ts', () => {
    expect(copiesOutside('shared/docs-links.ts', /odoo\.com\/documentation|documentation\.mailjet\.com\/hc/)).toEqual(
      [],
    );
  });

  it('the language list: shared/languages.ts', () => {
    expect(
      copiesOutside('shared/languages.ts', /\['(it|en)', '(it|en)'\]|'it\|en'|<it\|en>|=== 'it'|!== 'it'/),
    ).toEqual([]);
  });
});

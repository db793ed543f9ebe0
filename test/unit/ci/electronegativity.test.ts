import { describe, expect, it } from 'vitest';
import { parseCsv, problemsIn } from '@ci/electronegativity';

// The lint job's reading of Electronegativity's report (the tool itself runs in `npm run lint:electron`,
// not in every test run): what passes and what fails the job.

const HEADER = 'issue,severity,confidence,filename,location,sample,description,url\n';
const row = (id: string, severity: string, file: string) =>
  `${id},${severity},CERTAIN,${file},12:4,"webPreferences: { a: ""b"", c }",desc,https://example.invalid\n`;

describe("Electronegativity's findings", () => {
  it('are read from the CSV report, quoted commas and doubled quotes included', () => {
    expect(parseCsv(HEADER + row('PRELOAD_JS_CHECK', 'LOW', '/tmp/x/main/app/main-window.ts'))).toEqual([
      { id: 'PRELOAD_JS_CHECK', severity: 'LOW', file: '/tmp/x/main/app/main-window.ts', location: '12:4' },
    ]);
  });

  it('pass when each is a reviewed check at its reviewed place', () => {
    const report =
      HEADER +
      row('PRELOAD_JS_CHECK', 'LOW', '/w/main/app/main-window.ts') +
      row('CSP_GLOBAL_CHECK', 'MEDIUM', '/w/renderer/index.html');
    expect(problemsIn(parseCsv(report))).toEqual([]);
  });

  it('fail on a check nobody reviewed, or a reviewed one somewhere else', () => {
    const report =
      HEADER +
      row('CONTEXT_ISOLATION_JS_CHECK', 'HIGH', '/w/main/app/main-window.ts') +
      row('PRELOAD_JS_CHECK', 'LOW', '/w/main/app/other-window.ts');
    expect(problemsIn(parseCsv(report))).toEqual([
      'CONTEXT_ISOLATION_JS_CHECK (HIGH) at /w/main/app/main-window.ts:12:4',
      'PRELOAD_JS_CHECK (LOW) at /w/main/app/other-window.ts:12:4',
    ]);
  });
});

import { test } from 'vitest';
import { startHarness } from './harness';
test('smoke', async () => {
  const h = await startHarness();
  try {
    const r1 = await h.handlers.mailjetSetup({ domain: 'example.it' }, h.context());
    console.log(JSON.stringify(r1, null, 1));
    h.standIn.control.publishDns('example.it');
    const r2 = await h.handlers.mailjetSetup({ domain: 'example.it' }, h.context());
    console.log(JSON.stringify(r2, null, 1));
    const r3 = await h.handlers.mailjetSetup({ domain: 'example.it' }, h.context());
    console.log(JSON.stringify({ senders: r3.senders, complete: r3.complete, requestCount: r3.requestCount }));
    console.log(h.standIn.requests.map(r => `${r.method} ${r.path}${r.query} ${r.status}`).join('\n'));
    console.log(JSON.stringify(h.deps.settings.read(), null, 1));
    console.log(h.log.lines.join('\n'));
  } finally { await h.close(); }
});

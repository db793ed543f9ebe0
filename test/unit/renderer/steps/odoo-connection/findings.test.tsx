import i18next from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { i18nOptions, loadResources } from '@shared/i18n';
import { OdooFindings } from '@renderer/steps/odoo-connection/OdooFindings';
import type { OdooInfo } from '@renderer/steps/odoo-connection/useOdooConnection';

// "What the assistant found" names the protocol in one line, with the fallback notice when there is one.

const base: OdooInfo = {
  url: 'https://erp.example.com',
  db: 'erp',
  login: 'admin',
  version: { major: 19, minor: 0, saas: false, label: '19.0' },
  transport: 'json-2',
  support: 'supported',
  notices: [],
  neutralized: false,
  addresses: null,
  servers: [],
  massMailing: { installed: true, dedicated: false },
  features: { encryptionChoices: ['none', 'ssl_strict'], commandLineServer: true },
};

async function render(language: 'it' | 'en', info: OdooInfo): Promise<string> {
  const i18n = i18next.createInstance();
  await i18n.use(initReactI18next).init(i18nOptions(language, await loadResources(language)));
  return renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <OdooFindings info={info} />
    </I18nextProvider>,
  );
}

describe('the Odoo findings', () => {
  it('say JSON-2 with an API key on 19, and nothing more', async () => {
    const html = await render('en', base);
    expect(html).toContain('<dt>Connection to Odoo</dt><dd>JSON-2 with an API key</dd>');
  });

  it('say XML-RPC and why, in Italian, when a password fell back', async () => {
    const html = await render('it', {
      ...base,
      transport: 'xml-rpc',
      notices: [{ code: 'password-over-xml-rpc', params: { version: '19.0' } }],
    });
    expect(html).toContain('<dt>Collegamento a Odoo</dt><dd>XML-RPC');
    expect(html).toContain('Odoo 19.0 accetta solo chiavi API');
  });

  it('name a newer release by its own label', async () => {
    const html = await render('en', {
      ...base,
      version: { major: 19, minor: 2, saas: true, label: 'saas~19.2' },
      support: 'newer',
    });
    expect(html).toContain('Odoo saas~19.2 is newer than the versions tested');
  });
});

// What the demo's buttons and pre-filled fields stand in for, put back as the actions a real user makes
// outside the demo: one list for every bench that counts user actions (wizard.bench, publish.bench).

/** In Mailjet, logged in: reveal the API key, copy it, Generate Secret Key, copy it. */
export const KEY_ACTIONS_IN_MAILJET = 4;
/**
 * In the assistant: paste the API key and the secret key (2). The second paste asks Mailjet at once (no
 * Check and save click); the demo's "Use the demo secret key" click stands for both.
 */
const MAILJET_KEY_ACTIONS_IN_APP = 2;
/**
 * Typed into the Odoo connection form: address, login, password (3). The database is not typed: the
 * assistant takes it from an odoo.com address, or a server's only database from its list; add 1 where it
 * must be typed (a server with several databases, or one that hides its list, outside odoo.com).
 */
const ODOO_FIELDS_TYPED = 3;

/** All of the above: what any real walk adds to the demo's own count. */
export const REAL_USE_BESIDES_DEMO = KEY_ACTIONS_IN_MAILJET + MAILJET_KEY_ACTIONS_IN_APP + ODOO_FIELDS_TYPED;

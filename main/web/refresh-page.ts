// A page whose only job is to send the browser on to one address: by a refresh, which needs no script
// (the CSP allows none inline), with a link for a browser that has refreshes turned off. Used for the
// private redirect file the browser is opened on, and for the step after the token is swapped.

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function refreshPage(target: string): string {
  const href = escapeHtml(target);
  return `<!doctype html><html><meta charset="utf-8"><meta name="referrer" content="no-referrer"><meta http-equiv="refresh" content="0;url=${href}"><title>Mailjet Odoo Assistant</title><p><a href="${href}">Mailjet Odoo Assistant</a></p></html>\n`;
}

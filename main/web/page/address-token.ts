// The browser face answers the address printed in the terminal (`/?token=…`) with the wizard itself and
// the cookie, in one response: no second page load. The token is then taken out of the address before any
// of the app's code runs, so it stays out of the tab's history entry, out of a bookmark, and out of what a
// reload or a copied address would send. (No Referer carries it either: every answer says `no-referrer`.)

/** Removes `token` from the current address without a navigation; true when there was one. */
export function dropTokenFromAddress(
  location: Pick<Location, 'href'>,
  history: Pick<History, 'state' | 'replaceState'>,
): boolean {
  const url = new URL(location.href);
  if (!url.searchParams.has('token')) return false;
  url.searchParams.delete('token');
  // The whole address, built from the page's own: replaceState cannot be sent to another origin this way.
  history.replaceState(history.state, '', url.href);
  return true;
}

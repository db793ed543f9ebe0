/** The page loads the bridge before the app's module script, which is deferred by nature. */
export function injectBridge(html: string): string {
  return html.replace('<head>', '<head>\n    <script src="/assistant-bridge.js"></script>');
}

/**
 * The page loads the bridge (built from main/web/page/bridge.ts into the renderer folder) before the app's
 * module script, which is deferred by nature: `window.assistant` exists before any of the app's code runs.
 */
export function injectBridge(html: string): string {
  return html.replace('<head>', '<head>\n    <script src="/assistant-bridge.js"></script>');
}

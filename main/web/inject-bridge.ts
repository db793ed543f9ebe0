/**
 * The page loads the bridge (built from main/web/page/bridge.ts into the renderer folder) before the app's
 * module script: `window.assistant` exists before any of the app's code runs. Deferred, like the module
 * script after it: deferred scripts run in the order they appear, once the page is parsed, and the browser
 * fetches both at once instead of waiting for the bridge before it even asks for the app.
 */
export function injectBridge(html: string): string {
  return html.replace('<head>', '<head>\n    <script defer src="/assistant-bridge.js"></script>');
}

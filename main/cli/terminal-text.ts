// What the CLI prints that did not come from us — TXT values from a DNS zone, names from Odoo, what the
// user typed — must not drive the terminal. An ESC starts a command (retitle the window, clear the
// screen, rewrite the line above), CR and backspace overwrite text already shown, a line break lets a
// value fake a line of ours ("What to do: …"), and the bidirectional overrides reorder what is read.
//
// Each such character is shown as a visible escape (`\x1b`, `\x0d`, `\u202e`) rather than dropped or
// replaced by a Unicode control picture (U+241B ␛): the escape is plain ASCII, so it reads the same in
// every terminal and font (there is no picture for C1 controls or bidi marks), it says exactly which
// byte was there, and it can be pasted into printf to reproduce the value. Nothing is silently lost,
// so a value that looks wrong in the output is wrong in the zone too.

/** C0 controls, DEL, C1 controls, the bidi marks, overrides and isolates, and the Unicode line separators. */
function isUnsafe(code: number): boolean {
  return (
    code < 0x20 ||
    (code >= 0x7f && code <= 0x9f) ||
    code === 0x200e ||
    code === 0x200f ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069) ||
    code === 0x2028 ||
    code === 0x2029
  );
}

function visibleEscape(code: number): string {
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

function replaceUnsafe(text: string, keep: (char: string) => boolean, escape: (code: number) => string): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0)!;
    out += isUnsafe(code) && !keep(char) ? escape(code) : char;
  }
  return out;
}

/** A value from outside, for the middle of a line: every control character shown, line breaks included. */
export function neutralise(value: string): string {
  return replaceUnsafe(value, () => false, visibleEscape);
}

/**
 * The output boundary: whole lines about to be written. Our own line breaks and tabs stay (values were
 * already neutralised when they were put into sentences); anything else that could steer the terminal
 * is shown instead of obeyed.
 */
export function forTerminal(text: string): string {
  return replaceUnsafe(text, (char) => char === '\n' || char === '\t', visibleEscape);
}

/**
 * JSON about to be written to a terminal. JSON.stringify already escapes C0 controls; DEL, the C1 controls
 * and the bidi characters it leaves raw, and some terminals obey C1 (U+009B is a CSI). Escaped as \uXXXX
 * they are still the same JSON value for any program that reads it.
 */
export function jsonForTerminal(json: string): string {
  return replaceUnsafe(
    json,
    (char) => char === '\n',
    (code) => `\\u${code.toString(16).padStart(4, '0')}`,
  );
}

/** What the user typed, shortened for a message: long values are cut with an ellipsis, never echoed whole. */
export function shortInput(value: string, max = 60): string {
  const chars = [...value];
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : value;
}

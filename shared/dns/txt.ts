// A TXT record is a list of character-strings of at most 255 bytes each; SPF and DKIM readers join
// them with nothing in between (RFC 7208 §3.3, RFC 6376 §3.6.2.2). The assistant keeps every value as
// one logical string and splits or quotes it only when rendering for a target that needs it.

export const TXT_STRING_MAX_BYTES = 255;

const encoder = new TextEncoder();

export function byteLength(text: string): number {
  return encoder.encode(text).length;
}

/** Chunks of at most `max` bytes, never cutting a character in two. */
export function splitTxt(value: string, max = TXT_STRING_MAX_BYTES): string[] {
  const chunks: string[] = [];
  let current = '';
  let size = 0;
  for (const char of value) {
    const width = byteLength(char);
    if (size + width > max) {
      chunks.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += width;
  }
  if (current || chunks.length === 0) chunks.push(current);
  return chunks;
}

/** One character-string in zone-file presentation form. */
function quoteTxtString(chunk: string): string {
  return `"${chunk.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}

/** The value as quoted character-strings of at most 255 bytes: `"part1" "part2"`. */
export function quotedTxt(value: string): string {
  return splitTxt(value).map(quoteTxtString).join(' ');
}

/** The strings of one line in presentation form (`"a" "b"`, dig output), or null when it has no quotes. */
function quotedStrings(line: string): string[] | null {
  if (!line.includes('"')) return null;
  const strings: string[] = [];
  const pattern = /"((?:[^"\\]|\\.)*)"/g;
  for (const match of line.matchAll(pattern)) strings.push(unescapeTxt(match[1]!));
  return strings.length ? strings : null;
}

function unescapeTxt(text: string): string {
  return text.replace(/\\(\d{3}|.)/g, (_, escaped: string) =>
    /^\d{3}$/.test(escaped) ? String.fromCharCode(Number(escaped)) : escaped,
  );
}

/**
 * What someone pasted as "the existing record(s)": one logical value per non-empty line, with quoted
 * strings on a line joined the way a receiver joins them. Unquoted lines are taken as they are.
 * A line that opens with a typographic double quote went through a document or an e-mail that "corrected"
 * the straight quotes of its presentation form: its typographic double quotes count as the straight ones.
 */
export function readPastedTxt(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .map((line) => (/^[\u201C\u201E]/.test(line) ? line.replace(/[\u201C\u201D\u201E]/g, '"') : line))
    .filter(Boolean)
    .map((line) => {
      const strings = quotedStrings(line);
      return strings ? strings.join('') : line;
    });
}

/** A single pasted value (a DKIM key copied from a zone file or with its quotes): joined and trimmed. */
export function readPastedValue(text: string): string {
  return readPastedTxt(text).join('').trim();
}

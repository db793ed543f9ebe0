// The npm package's plain-JS entry (the bare name 'punycode' would resolve to Node's deprecated built-in,
// which does not exist in the renderer). It ships no types of its own.
declare module 'punycode/punycode.js' {
  const punycode: {
    toASCII(domain: string): string;
    toUnicode(domain: string): string;
  };
  export default punycode;
}

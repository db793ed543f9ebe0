import { createRequire } from 'node:module';
import type { Readable } from 'node:stream';

// The stand-in speaks XML-RPC with the same package the client uses, so both sides marshal values the
// same way (ints, booleans, structs, faults). Its serializer and deserializer are CommonJS internals
// without types; this file is the only place that reaches into them.

// Not named `require`: the bundler declares its own `require` in ES module output, and two clash.
const requireCommonJs = createRequire(import.meta.url);

interface Serializer {
  serializeMethodResponse(value: unknown): string;
  serializeFault(fault: { faultCode: number | string; faultString: string }): string;
}
type DeserializerClass = new () => {
  deserializeMethodCall(
    stream: Readable,
    callback: (error: Error | null, method: string, params: unknown[]) => void,
  ): void;
};

const serializer = requireCommonJs('xmlrpc/lib/serializer') as Serializer;
const Deserializer = requireCommonJs('xmlrpc/lib/deserializer') as DeserializerClass;

export function readMethodCall(stream: Readable): Promise<{ method: string; params: unknown[] }> {
  return new Promise((resolve, reject) => {
    new Deserializer().deserializeMethodCall(stream, (error, method, params) =>
      error ? reject(error) : resolve({ method, params: params ?? [] }),
    );
  });
}

export const methodResponse = (value: unknown) => serializer.serializeMethodResponse(value);
export const faultResponse = (faultCode: number | string, faultString: string) =>
  serializer.serializeFault({ faultCode, faultString });

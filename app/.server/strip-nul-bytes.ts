// React 18.3.1's streaming server renderer (react-dom/server, Node build) copies text into a 2 KiB buffer with
// TextEncoder.encodeInto. When a multi-byte character does not fit at the end of that buffer, the unfilled byte
// is flushed as it is: a U+0000 in the page, which makes the HTML invalid. UTF-8 only ever encodes U+0000 as a
// single 0x00 byte (never inside another character), so dropping every 0x00 byte removes exactly that padding.
import { Transform, type TransformCallback } from "node:stream";

/** The bytes of `chunk` without any 0x00 byte (the same buffer when there is none). */
export function withoutNulBytes(chunk: Uint8Array): Uint8Array {
  let index = chunk.indexOf(0);
  if (index === -1) return chunk;
  const out = new Uint8Array(chunk.length);
  let length = 0;
  let start = 0;
  while (index !== -1) {
    out.set(chunk.subarray(start, index), length);
    length += index - start;
    start = index + 1;
    index = chunk.indexOf(0, start);
  }
  out.set(chunk.subarray(start), length);
  length += chunk.length - start;
  return out.subarray(0, length);
}

/**
 * A pass-through for the rendered HTML stream that drops NUL bytes and hands on what the renderer wrote in one
 * turn of the event loop as one chunk: React writes a page in 2 KiB pieces, and each piece on its own would cross
 * the web-stream plumbing and reach the socket as its own write. Later parts (deferred data) still stream.
 */
export function stripNulBytes(): Transform {
  let pending: Uint8Array[] = [];
  let scheduled = false;
  const handOn = () => {
    scheduled = false;
    if (pending.length === 0) return;
    const bytes = pending.length === 1 ? pending[0]! : Buffer.concat(pending);
    pending = [];
    filter.push(bytes);
  };
  const filter = new Transform({
    transform(chunk: Buffer | string, encoding: BufferEncoding, callback: TransformCallback) {
      const bytes = typeof chunk === "string" ? Buffer.from(chunk, encoding) : chunk;
      pending.push(withoutNulBytes(bytes));
      if (!scheduled) {
        scheduled = true;
        setImmediate(handOn);
      }
      callback();
    },
    flush(callback: TransformCallback) {
      handOn();
      callback();
    },
  });
  return filter;
}

// React 18.3.1's server renderer pads a 2 KiB chunk with a NUL byte when a multi-byte character does not fit at
// its end; the stream the server answers with drops those bytes and nothing else.
import { Writable } from "node:stream";
import { createElement } from "react";
import { renderToPipeableStream } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { stripNulBytes, withoutNulBytes } from "~/.server/strip-nul-bytes";

function render(text: string, throughFilter: boolean): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, callback) {
        chunks.push(chunk);
        callback();
      },
    });
    sink.on("finish", () => resolve(Buffer.concat(chunks)));
    // Many short text chunks: the renderer copies those into its 2 KiB buffer (long ones are written directly).
    const paragraphs = text.match(/.{1,40}/gu) ?? [];
    const { pipe } = renderToPipeableStream(createElement("main", null, ...paragraphs.map((part, i) => createElement("p", { key: i }, part))), {
      onAllReady() {
        if (throughFilter) {
          const filter = stripNulBytes();
          filter.pipe(sink);
          pipe(filter);
        } else pipe(sink);
      },
      onError: reject,
    });
  });
}

describe("NUL bytes in rendered pages", () => {
  // Multi-byte letters (ė, ų: 2 bytes; „“: 3 bytes) at every offset around the renderer's 2,048-byte chunks.
  const texts = Array.from({ length: 8 }, (_, shift) => `${"x".repeat(shift)}${"Darbuotojų teisės „Norvegijoje“ ".repeat(120)}`);

  it("are written by the renderer itself (the reason for the filter)", async () => {
    const withNul = await Promise.all(texts.map(async (text) => (await render(text, false)).includes(0)));
    expect(withNul).toContain(true);
  });

  it("are gone after the filter, and the text is intact", async () => {
    for (const text of texts) {
      const html = await render(text, true);
      expect(html.includes(0)).toBe(false);
      const paragraphs = [...html.toString("utf8").matchAll(/<p>([^<]*)<\/p>/g)].map((m) => m[1]);
      expect(paragraphs.join("")).toBe(text);
    }
  });

  it("drops every 0x00 byte and keeps the rest in order", () => {
    expect([...withoutNulBytes(new Uint8Array([0, 1, 0, 0, 2, 3, 0]))]).toEqual([1, 2, 3]);
    const clean = new Uint8Array([1, 2, 3]);
    expect(withoutNulBytes(clean)).toBe(clean);
  });

  it("hands on what was written in one turn as one chunk, and what comes later as another", async () => {
    const filter = stripNulBytes();
    const received: string[] = [];
    filter.on("data", (chunk: Buffer) => received.push(chunk.toString("utf8")));
    const ended = new Promise((done) => filter.on("end", done));
    filter.write("<p>one");
    filter.write(Buffer.from([0x3c, 0x2f, 0x70, 0x3e, 0x00]));
    filter.write("<p>two</p>");
    await new Promise((done) => setImmediate(done));
    await new Promise((done) => setImmediate(done));
    filter.write("<p>later</p>");
    filter.end("<p>last</p>");
    await ended;
    expect(received).toEqual(["<p>one</p><p>two</p>", "<p>later</p><p>last</p>"]);
  });
});

// A strict CSV reader for tests (RFC 4180 with a chosen separator): every quote must be balanced and closed
// before a separator or a line end, and every row must have as many fields as the heading.
export function parseStrictCsv(text: string, separator: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  const endRow = () => {
    rows.push(row);
    row = [];
  };
  while (i < text.length) {
    let field = "";
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error("unclosed quote");
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        field += text[i++];
      }
    } else {
      while (i < text.length && text[i] !== separator && text[i] !== "\r" && text[i] !== "\n") {
        if (text[i] === '"') throw new Error(`stray quote in row ${rows.length + 1}`);
        field += text[i++];
      }
    }
    row.push(field);
    if (text[i] === separator) i++;
    else if (text.startsWith("\r\n", i)) {
      i += 2;
      endRow();
    } else if (i >= text.length) endRow();
    else throw new Error(`unexpected ${JSON.stringify(text[i])} after a field in row ${rows.length + 1}`);
  }
  const width = rows[0]?.length ?? 0;
  rows.forEach((r, n) => {
    if (r.length !== width) throw new Error(`row ${n + 1} has ${r.length} fields, the heading ${width}`);
  });
  return rows;
}

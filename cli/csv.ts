// A small RFC 4180 CSV reader for content calendars exported by scheduling tools (Buffer, Hootsuite,
// Later, Agorapulse…): quoted fields with commas, doubled quotes and line breaks; comma, semicolon or tab
// separated (French spreadsheets export with semicolons). A single linear pass.

export interface CsvTable {
  header: string[];
  /** Data rows with their row number as a spreadsheet shows it (the header is row 1). */
  rows: Array<{ row: number; cells: string[] }>;
}

export function detectDelimiter(firstLine: string): string {
  let best = ',';
  let bestCount = 0;
  for (const d of [',', ';', '\t']) {
    let count = 0;
    let quoted = false;
    for (const ch of firstLine) {
      if (ch === '"') quoted = !quoted;
      else if (ch === d && !quoted) count++;
    }
    if (count > bestCount) {
      best = d;
      bestCount = count;
    }
  }
  return best;
}

export function parseCsv(input: string): CsvTable {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input; // Excel's byte-order mark
  const newline = text.indexOf('\n');
  const delimiter = detectDelimiter(newline < 0 ? text : text.slice(0, newline));
  const records: Array<{ row: number; cells: string[] }> = [];
  let cells: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  let i = 0;
  const endRecord = () => {
    cells.push(field);
    if (!(cells.length === 1 && cells[0] === '')) records.push({ row: recordLine, cells });
    cells = [];
    field = '';
  };
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else {
        if (ch === '\n') line++;
        field += ch;
      }
      i++;
      continue;
    }
    if (ch === '"' && field === '') quoted = true;
    else if (ch === delimiter) {
      cells.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      line++;
      recordLine = line;
    } else field += ch;
    i++;
  }
  if (quoted) throw new Error(`unterminated quoted field starting on line ${recordLine}`);
  if (field !== '' || cells.length > 0) endRecord();
  const [head, ...rows] = records;
  if (!head) throw new Error('the file is empty');
  // Row numbers count records, as a spreadsheet does, not physical lines.
  return { header: head.cells.map((h) => h.trim()), rows: rows.map((r, index) => ({ row: index + 2, cells: r.cells })) };
}

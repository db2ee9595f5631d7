/** One CSV record with the 1-based line it starts on (records can span lines). */
export interface CsvRecord {
  fields: string[];
  line: number;
}

export type CsvParseResult =
  { ok: true; records: CsvRecord[] } | { ok: false; error: string; line: number };

/**
 * Parses RFC 4180 CSV: quoted fields with commas, newlines and doubled quotes, CRLF or LF
 * line ends, and a leading byte-order mark. Pure: string in, records out.
 */
export function parseCsv(input: string): CsvParseResult {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let inQuotes = false;
  let quoteLine = 0;
  let i = 0;
  const endRecord = (): void => {
    fields.push(field);
    records.push({ fields, line: recordLine });
    fields = [];
    field = '';
  };
  while (i < text.length) {
    const c = text[i];
    if (inQuotes) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        inQuotes = false;
      } else {
        if (c === '\n') line += 1;
        field += c;
      }
      i += 1;
      continue;
    }
    if (c === '"' && field.trim() === '') {
      inQuotes = true;
      quoteLine = line;
      field = '';
    } else if (c === ',') {
      fields.push(field);
      field = '';
    } else if (c === '\r' || c === '\n') {
      endRecord();
      if (c === '\r' && text[i + 1] === '\n') i += 1;
      line += 1;
      recordLine = line;
    } else {
      field += c;
    }
    i += 1;
  }
  if (inQuotes) {
    return {
      ok: false,
      error: `a quoted field opened on line ${quoteLine} is never closed`,
      line: quoteLine,
    };
  }
  if (field !== '' || fields.length > 0) endRecord();
  return { ok: true, records };
}

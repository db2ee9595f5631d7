/** Why a record cannot be trusted: which field (0-based) and what is wrong with it. */
export interface CsvProblem {
  field: number;
  message: string;
}

/** One CSV record with the 1-based line it starts on (records can span lines). */
export interface CsvRecord {
  fields: string[];
  line: number;
  /** Set when the record's quoting is malformed: its fields are not what the writer meant. */
  problem?: CsvProblem;
}

export type CsvParseResult =
  { ok: true; records: CsvRecord[] } | { ok: false; error: string; line: number };

/** Characters read between two progress reports. */
const PROGRESS_STEP = 256 * 1024;

/**
 * Parses RFC 4180 CSV: quoted fields with commas, newlines and doubled quotes, CRLF or LF
 * line ends, and a leading byte-order mark. Pure: string in, records out.
 *
 * Strict where a guess would change data: text after a field's closing quote (`a,"b"c`, often
 * a quote that should have been doubled) marks that record with a problem instead of silently
 * joining `bc`, and a quote that never closes fails the whole file, since everything after it
 * would be read as one field. A quote inside an unquoted field (`12" screen`) is kept as text.
 * `onProgress` hears the share of the text read, now and then, for a caller off the UI thread.
 */
export function parseCsv(input: string, onProgress?: (fraction: number) => void): CsvParseResult {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let inQuotes = false;
  let wasQuoted = false;
  let quoteLine = 0;
  let problem: CsvProblem | undefined;
  let i = 0;
  const endField = (): void => {
    fields.push(field);
    field = '';
    wasQuoted = false;
  };
  const endRecord = (): void => {
    endField();
    records.push(problem ? { fields, line: recordLine, problem } : { fields, line: recordLine });
    fields = [];
    problem = undefined;
  };
  let nextReport = PROGRESS_STEP;
  while (i < text.length) {
    if (onProgress && i >= nextReport) {
      onProgress(i / text.length);
      nextReport = i + PROGRESS_STEP;
    }
    const c = text[i];
    if (inQuotes) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        inQuotes = false;
        wasQuoted = true;
      } else {
        if (c === '\n') line += 1;
        field += c;
      }
      i += 1;
      continue;
    }
    if (c === ',') {
      endField();
    } else if (c === '\r' || c === '\n') {
      endRecord();
      if (c === '\r' && text[i + 1] === '\n') i += 1;
      line += 1;
      recordLine = line;
    } else if (wasQuoted && (c === ' ' || c === '\t')) {
      // Spaces after a closing quote are layout, like spaces before an opening one.
    } else if (c === '"' && !wasQuoted && field.trim() === '') {
      inQuotes = true;
      quoteLine = line;
      field = '';
    } else {
      if (wasQuoted && !problem) {
        const quoted = field.length > 20 ? `…${field.slice(-20)}` : field;
        problem = {
          field: fields.length,
          message: `text after a closing quote ("${quoted}"${c}…): a quote inside a quoted field is written twice ("")`,
        };
      }
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
  if (field !== '' || fields.length > 0 || wasQuoted) endRecord();
  return { ok: true, records };
}

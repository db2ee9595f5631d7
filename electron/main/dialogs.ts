import { appendFileSync, readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import {
  app,
  dialog,
  shell,
  type BrowserWindow,
  type OpenDialogOptions,
  type OpenDialogReturnValue,
  type SaveDialogOptions,
  type SaveDialogReturnValue,
} from 'electron';
import {
  ANSWERS_FILE,
  CALLS_FILE,
  TEST_DIALOGS_ENV,
  testAnswersSchema,
  type RecordedCall,
  type TestAnswers,
} from './testDialogs';

/*
 * Native file dialogs and the shell, with a switch for end-to-end tests: a folder of answers
 * chosen in advance replaces the dialogs, and every dialog and shell call is written down
 * there instead of blocking on a window nobody can click or launching another app. The switch
 * is main's own environment at startup and only in an unpackaged build, so neither a packaged
 * app nor the renderer can turn it on.
 */

let testFolder: string | null = null;

/**
 * Reads the switch once, at startup, from main's environment. Ignored (with a warning) in a
 * packaged app or for a relative path; later changes to the environment change nothing.
 */
export function configureDialogs(
  env: NodeJS.ProcessEnv = process.env,
  isPackaged: boolean = app.isPackaged,
): void {
  testFolder = null;
  const folder = env[TEST_DIALOGS_ENV];
  if (!folder) return;
  if (isPackaged) {
    console.warn(`${TEST_DIALOGS_ENV} is ignored: it only works in an unpackaged build.`);
    return;
  }
  if (!isAbsolute(folder)) {
    console.warn(`${TEST_DIALOGS_ENV} is ignored: "${folder}" is not an absolute path.`);
    return;
  }
  testFolder = folder;
  console.warn(`Native dialogs are replaced by the test answers in ${folder}.`);
}

/** Whether dialogs answer from the test folder (see {@link configureDialogs}). */
export function isUsingTestDialogs(): boolean {
  return testFolder !== null;
}

/** The native save dialog, or the test folder's `save` answer. */
export async function showSaveDialog(
  owner: BrowserWindow,
  options: SaveDialogOptions,
): Promise<SaveDialogReturnValue> {
  if (!testFolder) return dialog.showSaveDialog(owner, options);
  const answer = readAnswers(testFolder).save ?? null;
  record(testFolder, { kind: 'save', defaultPath: options.defaultPath ?? null, answer });
  return answer ? { canceled: false, filePath: answer } : { canceled: true, filePath: '' };
}

/** The native open dialog, or the test folder's `open` answer. */
export async function showOpenDialog(
  owner: BrowserWindow,
  options: OpenDialogOptions,
): Promise<OpenDialogReturnValue> {
  if (!testFolder) return dialog.showOpenDialog(owner, options);
  const answer = readAnswers(testFolder).open ?? null;
  record(testFolder, { kind: 'open', answer });
  return answer ? { canceled: false, filePaths: [answer] } : { canceled: true, filePaths: [] };
}

/** Shows a file in its folder; under test, only written down. */
export function showItemInFolder(path: string): void {
  if (!testFolder) return shell.showItemInFolder(path);
  record(testFolder, { kind: 'reveal', path });
}

/** Opens a file with the system's app; `''` or the system's reason. Under test, only written down. */
export async function openPath(path: string): Promise<string> {
  if (!testFolder) return shell.openPath(path);
  record(testFolder, { kind: 'open-path', path });
  return '';
}

function readAnswers(folder: string): TestAnswers {
  let text: string;
  try {
    text = readFileSync(join(folder, ANSWERS_FILE), 'utf8');
  } catch {
    return {};
  }
  const parsed = testAnswersSchema.safeParse(safeJson(text));
  if (!parsed.success) {
    throw new Error(`The test dialog answers in ${folder} are not valid: ${parsed.error.message}`);
  }
  return parsed.data;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

function record(folder: string, call: RecordedCall): void {
  appendFileSync(join(folder, CALLS_FILE), `${JSON.stringify(call)}\n`);
}

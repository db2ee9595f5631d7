// The entry imports this module before any other, for its side effect: the start's database
// reads begin before the rest of the app's code is evaluated (see startupReads.ts). The
// database starts opening before even their modules are (db/openEarly.ts).
import '../db/openEarly';
import { startRememberedReads } from './startupReads';

startRememberedReads();

// Imported first of all (by app/startEarly.ts), for its side effect: opening the database, which
// takes the browser a while on a cold start, begins before the rest of the start's code is
// evaluated (the schemas and the stores, tens of milliseconds) instead of after it. This
// module's own imports are only the database's: Dexie and the schema versions.
import { openDatabaseEarly } from './database';

openDatabaseEarly();

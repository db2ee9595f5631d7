// Imported first of all (by app/startEarly.ts), for its side effect: opening the database, which
// takes the browser a while on a cold start, begins before most of the start's code is evaluated
// (the stores and the screens' modules) instead of after it. This module's imports
// are the database's: Dexie and the schema versions, and through version 3's upgrade
// (alignment/legacy.ts → levels.ts → enums.ts) zod itself. Dexie's open answers only after the
// whole start has been evaluated, so opening still earlier does not bring the home any sooner
// (issue 18: moving zod after this line, and a warm-up open in the page's head, were measured).
import { openDatabaseEarly } from './database';

openDatabaseEarly();

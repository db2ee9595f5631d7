// A plain script (no module, no imports), run as soon as the page's head is read: it starts the
// browser loading the app's database from disk, which on a cold start takes a while, before the
// app's own script has even downloaded. The app then opens the database itself, through Dexie, and
// finds it loaded (db/openEarly.ts). Nothing is read or written here, and no database is made:
// on a first run there is none to load, and the open is abandoned before it creates one. The name
// is `DEFAULT_DB_NAME` in db/schema.ts (a unit test holds the two together).
(function warmDatabase() {
  if (typeof indexedDB === 'undefined') return;
  const request = indexedDB.open('quarterdeck');
  // No database yet: abort the open, so the app creates it at its own version.
  request.onupgradeneeded = () => request.transaction.abort();
  request.onerror = (event) => event.preventDefault();
  // Loaded: let go at once; the app's own open follows, and an upgrade or a delete is never held up.
  request.onsuccess = () => request.result.close();
})();

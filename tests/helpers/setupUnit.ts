// Must come before Dexie or y-indexeddb are imported: it installs IndexedDB into Node's globals.
import 'fake-indexeddb/auto';

// Unit tests run in Node: give Dexie an in-memory IndexedDB before any module captures it.
import 'fake-indexeddb/auto';

/** Test helper: a fresh, uniquely named database installed as the app's connection. */
import { AppDb, useDatabase } from '../db/db';

export function freshDb(): AppDb {
	return useDatabase(new AppDb(`test-${crypto.randomUUID()}`));
}

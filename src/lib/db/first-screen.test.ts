import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppDb, DB_NAME } from './db';
import { databaseMayExist } from './first-screen';

describe('databaseMayExist', () => {
	afterEach(() => vi.unstubAllGlobals());

	it('is false only while the browser holds no database of that name', async () => {
		const other = new AppDb('some-other-app');
		await other.open();
		expect(await databaseMayExist()).toBe(false);
		const app = new AppDb(DB_NAME);
		await app.open();
		expect(await databaseMayExist()).toBe(true);
		app.close();
		other.close();
		await app.delete();
		await other.delete();
		expect(await databaseMayExist()).toBe(false);
	});

	it('is true when the browser cannot tell', async () => {
		vi.stubGlobal('indexedDB', { open: indexedDB.open.bind(indexedDB) });
		expect(await databaseMayExist()).toBe(true);
		vi.stubGlobal('indexedDB', {
			databases: () => Promise.reject(new Error('SecurityError'))
		});
		expect(await databaseMayExist()).toBe(true);
	});
});

/**
 * The preparer of client reports (a consultant's name, firm and logo), one row in the meta table
 * of this device. It is not part of any assessment, so backups and snapshots do not carry it.
 */
import { NO_PREPARER, type Preparer } from '$lib/domain/preparer';
import { db } from '../db';
import { write } from '../write';

export const PREPARER_KEY = 'preparer';

function isPreparer(v: unknown): v is Preparer {
	if (!v || typeof v !== 'object') return false;
	const p = v as Record<string, unknown>;
	return typeof p.name === 'string' && typeof p.firm === 'string' && 'logo' in p;
}

export async function getPreparer(): Promise<Preparer> {
	const row = await db().meta.get(PREPARER_KEY);
	return isPreparer(row?.value) ? row.value : NO_PREPARER;
}

/** Saves the preparer; resolves once the row is committed. */
export function savePreparer(p: Preparer): Promise<void> {
	const d = db();
	return write(['meta'], async () => {
		await d.meta.put({
			key: PREPARER_KEY,
			value: { name: p.name.trim(), firm: p.firm.trim(), logo: p.logo ? { ...p.logo } : null }
		});
	});
}

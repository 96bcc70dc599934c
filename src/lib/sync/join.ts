/**
 * Joining a team's assessment on a new device: check the account and the team key with the
 * server, pull the encrypted documents into this device's copy, and find which assessment they
 * hold. The first sync round then writes it into this device's database.
 */
import { ASSESSMENTS_TABLE } from '$lib/domain/assessments/aggregate';
import type { SyncPayload } from '$lib/domain/sync/payload';
import { localDb, remoteDb, teamKeyFor, type ServerAccount, type TeamSecret } from './connect';
import { openDoc, type TeamKey } from './envelope';
import { TEAM_DOC_ID } from './team-doc';

export async function joinTeam(
	account: ServerAccount,
	secret: TeamSecret
): Promise<{ assessmentId: string; companyName: string; key: TeamKey }> {
	const remote = remoteDb(account);
	const { key } = await teamKeyFor(remote, secret, false);
	const local = localDb(account.database);
	await local.replicate.from(remote);
	const { rows } = await local.allDocs({ include_docs: true });
	for (const r of rows) {
		if (!r.doc || r.id === TEAM_DOC_ID || r.id.startsWith('_')) continue;
		const p = (await openDoc(key, r.id, r.doc)) as SyncPayload;
		if (p.table === ASSESSMENTS_TABLE && p.record) {
			const name = p.record.companyName;
			return { assessmentId: p.key, companyName: typeof name === 'string' ? name : '', key };
		}
	}
	throw new Error('The team database holds no assessment yet: turn sync on from the first device.');
}

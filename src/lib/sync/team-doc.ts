/**
 * The one unencrypted document of a team database: the salt and KDF cost that turn the team
 * passphrase into the key, and the key's fingerprint, so a device with the wrong passphrase finds
 * out before it writes anything. None of it is secret (docs/sync.md).
 */
import { decodeBase64Url, encodeBase64Url } from './base64url';

export const TEAM_DOC_ID = 'team';
export const TEAM_DOC_FORMAT = 1;

export interface TeamDoc {
	_id: typeof TEAM_DOC_ID;
	_rev?: string;
	format: number;
	/** 'passphrase': salt and iterations apply; 'code': a generated key, no KDF. */
	keyFrom: 'passphrase' | 'code';
	salt: string;
	iterations: number;
	fingerprint: string;
}

export function teamDoc(
	keyFrom: TeamDoc['keyFrom'],
	salt: Uint8Array,
	iterations: number,
	fingerprint: string
): TeamDoc {
	return {
		_id: TEAM_DOC_ID,
		format: TEAM_DOC_FORMAT,
		keyFrom,
		salt: encodeBase64Url(salt),
		iterations,
		fingerprint
	};
}

/** The team document as read from a server, or an Error saying what is wrong with it. */
export function readTeamDoc(raw: unknown): TeamDoc & { saltBytes: Uint8Array<ArrayBuffer> } {
	const d = raw as Partial<TeamDoc> | null;
	if (!d || typeof d !== 'object' || d._id !== TEAM_DOC_ID)
		throw new Error('The server has no team settings for this database.');
	if (d.format !== TEAM_DOC_FORMAT)
		throw new Error(
			'This team database was set up by a newer version: update the app to keep syncing.'
		);
	if (
		(d.keyFrom !== 'passphrase' && d.keyFrom !== 'code') ||
		typeof d.salt !== 'string' ||
		typeof d.iterations !== 'number' ||
		typeof d.fingerprint !== 'string'
	)
		throw new Error('The team settings on the server are damaged; nothing was written.');
	const saltBytes = decodeBase64Url(d.salt);
	if (!saltBytes)
		throw new Error('The team settings on the server are damaged; nothing was written.');
	return { ...(d as TeamDoc), saltBytes };
}

/**
 * The one error type every backup check throws, so the import screen can show `message` as is
 * and branch on `code` (for example to ask for a passphrase).
 */

export type BackupErrorCode =
	| 'too-large'
	| 'not-text'
	| 'invalid-json'
	| 'too-deep'
	| 'forbidden-key'
	| 'string-too-long'
	| 'not-backup'
	| 'newer-format'
	| 'newer-catalog'
	| 'invalid-field'
	| 'inconsistent'
	| 'passphrase-required'
	| 'wrong-passphrase-or-damaged'
	| 'missing-decision'
	| 'id-conflict'
	| 'damaged-archive'
	| 'file-missing'
	| 'file-mismatch';

/** Shown for every decryption failure: AES-GCM cannot tell a wrong passphrase from tampering. */
export const WRONG_PASSPHRASE_MESSAGE = 'Wrong passphrase or damaged file.';

export class BackupError extends Error {
	override readonly name = 'BackupError';

	constructor(
		readonly code: BackupErrorCode,
		message: string,
		/** Further problems found in the same file (the message holds the first). */
		readonly details: readonly string[] = []
	) {
		super(message);
	}
}

/** The error every failed decryption turns into. */
export function wrongPassphrase(): BackupError {
	return new BackupError('wrong-passphrase-or-damaged', WRONG_PASSPHRASE_MESSAGE);
}

/** An assessment already on the device for which the user made no choice. */
export function missingDecision(companyName: string): BackupError {
	return new BackupError(
		'missing-decision',
		`"${companyName}" is already on this device: choose whether to keep both, replace it or skip it.`
	);
}

/**
 * A row whose own id still belongs to another assessment on the device after the import gave it
 * a fresh one: only a broken id source does that.
 */
export function idConflict(path: string, id: string): BackupError {
	return new BackupError(
		'id-conflict',
		`${path}: "${id}" already belongs to another assessment on this device, and a fresh id could not be made for it. Nothing was imported.`
	);
}

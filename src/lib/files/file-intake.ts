/**
 * Turning files the user picked, dropped or pasted into evidence-locker records: checks first
 * (size before reading anything, type from the bytes), then SHA-256 with WebCrypto. Nothing is
 * stored here; the caller writes every accepted file in one transaction.
 */
import { checkFile } from '$lib/domain/evidence/files';
import type { EvidenceFile, FileOwnerKind, NewFile } from '$lib/domain/types';
import { sha256Hex } from './hash';

export interface IntakeOwner {
	assessmentId: string;
	ownerKind: FileOwnerKind;
	ownerId: string;
	addedBy: string;
	/** The version this file replaces (Replace), or null. */
	replaces?: string | null;
}

export interface IntakeResult {
	accepted: NewFile[];
	/** One message per refused file, and notes about files kept inert. */
	messages: string[];
	refused: number;
}

/** A pasted screenshot has no useful name ("image.png"): give it a dated one. */
export function pastedName(file: File, now: Date): string {
	const stamp = now.toISOString().slice(0, 19).replace('T', ' ').replace(/:/g, '-');
	const ext = file.type === 'image/jpeg' ? 'jpg' : (file.type.split('/')[1] ?? 'png');
	return `Screenshot ${stamp}.${ext}`;
}

/** Checks and hashes `files`; `onProgress` hears how many are done. */
export async function intakeFiles(
	files: readonly File[],
	owner: IntakeOwner,
	newId: () => string,
	onProgress?: (done: number) => void
): Promise<IntakeResult> {
	const accepted: NewFile[] = [];
	const messages: string[] = [];
	let refused = 0;
	for (const [i, f] of files.entries()) {
		const head = new Uint8Array(await f.slice(0, 512).arrayBuffer());
		const check = checkFile({ name: f.name, size: f.size, declaredType: f.type, head });
		if (check.message) messages.push(check.message);
		if (!check.ok) {
			refused += 1;
			onProgress?.(i + 1);
			continue;
		}
		const sha256 = await sha256Hex(f);
		const id = newId();
		const record: EvidenceFile = {
			id,
			assessmentId: owner.assessmentId,
			ownerKind: owner.ownerKind,
			ownerId: owner.ownerId,
			name: check.name,
			type: check.type,
			declaredType: f.type.slice(0, 100),
			size: f.size,
			sha256,
			addedAt: '',
			addedBy: owner.addedBy.trim().slice(0, 200),
			replaces: i === 0 ? (owner.replaces ?? null) : null,
			replacedBy: null,
			updatedAt: ''
		};
		// Stored under the type the bytes prove, never the one the file claims.
		accepted.push({
			file: record,
			blob: new Blob([f], { type: check.type || 'application/octet-stream' })
		});
		onProgress?.(i + 1);
	}
	return { accepted, messages, refused };
}

/** Why a sealed document, a team code or a key could not be used. */
export type EnvelopeErrorKind = 'wrong-key' | 'tampered' | 'malformed' | 'unsupported-version';

/**
 * The one error type of the sync envelope, so the sync screen can branch on `kind` and show
 * `message` as is. AES-GCM cannot tell a wrong key from a changed document: a wrong key is caught
 * up front by comparing fingerprints ('wrong-key'); a document whose tag fails is 'tampered'.
 */
export class EnvelopeError extends Error {
	readonly kind: EnvelopeErrorKind;

	constructor(kind: EnvelopeErrorKind, message: string, options?: { cause?: unknown }) {
		super(message, options);
		this.name = 'EnvelopeError';
		this.kind = kind;
	}
}

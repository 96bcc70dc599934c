/**
 * Unpadded base64url (RFC 4648 section 5) for text that goes into CouchDB documents and ids:
 * no '+', '/' or '=' to escape in URLs. Built on the backup's strict base64 so decoding is
 * canonical here too (one text for one byte string, unused low bits zero).
 */
import { decodeBase64Strict, encodeBase64 } from '$lib/files/backup/crypto';

const BASE64URL_RE = /^[A-Za-z0-9_-]*$/;

export function encodeBase64Url(bytes: Uint8Array): string {
	return encodeBase64(bytes).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Strict unpadded base64url; null for anything else (padding, whitespace, a stray bit). */
export function decodeBase64Url(text: string): Uint8Array<ArrayBuffer> | null {
	if (!BASE64URL_RE.test(text)) return null;
	const padded = text + '='.repeat((4 - (text.length % 4)) % 4);
	return decodeBase64Strict(padded.replace(/-/g, '+').replace(/_/g, '/'));
}

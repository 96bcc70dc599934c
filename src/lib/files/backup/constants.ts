/**
 * Limits and identifiers of the backup format. Changing a format name or lowering a limit makes
 * existing backup files unreadable, so these only ever grow.
 */

export const BACKUP_FORMAT = 'soc2-readiness-backup';
export const ENCRYPTED_FORMAT = 'soc2-readiness-backup-encrypted';
export const CURRENT_FORMAT_VERSION = 1;
export const CURRENT_ENVELOPE_VERSION = 1;

/** Files above this are refused before they are read (plain and encrypted alike). */
export const MAX_FILE_BYTES = 15 * 1024 * 1024;
/** Deepest nesting a real backup reaches is about 12 (snapshot -> vendor -> SOC 2 -> CUECs). */
export const MAX_DEPTH = 32;
/** Longest text value before field-by-field validation; the longest field (a note) is 20,000. */
export const MAX_STRING_LENGTH = 100_000;

/** OWASP's 2023 recommendation for PBKDF2-HMAC-SHA256; never accepted lower on decryption. */
export const KDF_ITERATIONS = 600_000;
/** Refused on decryption: a file could otherwise make the browser hash for minutes. */
export const MAX_KDF_ITERATIONS = 5_000_000;
export const SALT_BYTES = 16;
export const IV_BYTES = 12;
/** AES-GCM appends a 16-byte authentication tag to the ciphertext. */
export const TAG_BYTES = 16;

/**
 * Limits and identifiers of the backup format. Changing a format name or lowering a limit makes
 * existing backup files unreadable, so these only ever grow.
 */

export const BACKUP_FORMAT = 'soc2-readiness-backup';
export const ENCRYPTED_FORMAT = 'soc2-readiness-backup-encrypted';
/**
 * 1: a JSON file. 2: a ZIP holding that JSON (with file records) and every file's bytes.
 * 3: as 2, with risks, register reviews, the system description and policy texts.
 */
export const CURRENT_FORMAT_VERSION = 3;
export const CURRENT_ENVELOPE_VERSION = 1;

/**
 * The most JSON a backup may hold, checked before it is read: the whole file for format 1 (plain
 * and encrypted alike), the JSON entry for format 2 (a ZIP of any size may carry files besides).
 */
export const MAX_FILE_BYTES = 15 * 1024 * 1024;

/** Entries of a format 2 container. File entries are named by file id, never by user text. */
export const HEADER_ENTRY = 'header.json';
export const BUNDLE_ENTRY = 'backup.json';
export const FILE_ENTRY_PREFIX = 'files/';
/** Appended to every entry name but the header's when the backup is encrypted. */
export const ENCRYPTED_SUFFIX = '.enc';
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

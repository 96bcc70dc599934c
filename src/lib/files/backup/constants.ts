/**
 * Limits and identifiers of the backup format. Changing a format name or lowering a limit makes
 * existing backup files unreadable, so these only ever grow.
 */

export const BACKUP_FORMAT = 'soc2-readiness-backup';
export const ENCRYPTED_FORMAT = 'soc2-readiness-backup-encrypted';
/**
 * 1: a JSON file. 2: a ZIP holding that JSON (with file records) and every file's bytes.
 * 3: as 2, with risks, register reviews, the system description and policy texts.
 * 4: as 3; encrypted, the JSON is deflated (raw DEFLATE, RFC 1951) before it is sealed.
 * 5: as 4, with the people records (roster, checks, access reviews, samples); files may belong
 *    to a person's check.
 */
export const CURRENT_FORMAT_VERSION = 5;
/** The first format that is a ZIP container: its header says the format version. */
export const FIRST_ZIP_FORMAT_VERSION = 2;
/** From this format on, an encrypted backup's JSON is deflated before it is sealed. */
export const SEALED_JSON_DEFLATED_FROM = 4;
export const CURRENT_ENVELOPE_VERSION = 1;

/**
 * The most JSON a backup may hold, as text in memory (decompressed): the whole file for format 1
 * (plain and encrypted alike), the JSON entry for a ZIP (which may carry files of any size
 * besides), checked before reading what a size is known for and while inflating what is
 * compressed. Reading holds the text and the records parsed from it: a 29 MB bundle (100 full
 * assessments, a consultant's load) raised Node's heap by about 100 MB while it was read, so this
 * limit needs about 600 MB, and leaves room for five times that consultant. Was 15 MB up to
 * format 3, which refused the consultant's own backups.
 */
export const MAX_JSON_BYTES = 160 * 1024 * 1024;

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

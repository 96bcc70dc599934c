/**
 * Backups: reading, checking, encrypting and writing backup files. The database side (export,
 * preview, all-or-nothing import) is in $lib/db/repositories/backup. Import this module lazily
 * from the screens that need it: it loads the catalog and valibot.
 */
export { BACKUP_FORMAT, CURRENT_FORMAT_VERSION, KDF_ITERATIONS, MAX_FILE_BYTES } from './constants';
export { deriveBackupKey, type KeyProvider } from './crypto';
export { BackupError, WRONG_PASSPHRASE_MESSAGE, type BackupErrorCode } from './errors';
export {
	backupFileName,
	buildBundle,
	rowCounts,
	serializeBundle,
	type BackupAssessment,
	type BackupBundle,
	type RowCounts
} from './format';
export type {
	ImportDecision,
	ImportOptions,
	ImportPreview,
	ImportPreviewItem,
	ImportResult
} from './import-types';
export {
	bundleFromJson,
	decryptBackup,
	findBundleProblems,
	openBackup,
	readBackup,
	writeBackup,
	type BackupCatalog,
	type OpenedBackup
} from './read';
export { IMPORTED_SUFFIX } from './reidentify';

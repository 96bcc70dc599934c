/**
 * Backups: reading, checking, encrypting and writing backup files. The database side (export,
 * preview, all-or-nothing import) is in $lib/db/repositories/backup. Import this module lazily
 * from the screens that need it: it loads the catalog, valibot and the ZIP code (fflate).
 */
export { BACKUP_FORMAT, CURRENT_FORMAT_VERSION, KDF_ITERATIONS, MAX_JSON_BYTES } from './constants';
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
export { clearDiskFiles } from '../zip-disk';
export { withoutInternalNotes } from './client-copy';
export { writeBackupZip, type BlobSource, type WriteZipOptions } from './container-write';
export type { LoadedBackup, ReadZipOptions } from './container-read';
export type {
	BackupProgress,
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
	loadBackup,
	needsPassphrase,
	openBackup,
	readBackup,
	readBackupFile,
	writeBackup,
	type BackupCatalog,
	type OpenedBackup
} from './read';
export { IMPORTED_SUFFIX } from './reidentify';

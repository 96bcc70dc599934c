/**
 * A file in the origin-private file system (OPFS) for archives too large for the browser's
 * in-memory Blob store: an exported backup is written there part by part and downloaded from the
 * disk-backed File. Where OPFS is missing (old browsers, Node tests) the writer keeps its parts
 * in memory. Only for downloads: a File from here must never be stored in IndexedDB, which in a
 * private window keeps a reference to it rather than a copy.
 */
import type { ZipSink } from './zip';

/** Folder of the app's temporary files in OPFS. */
const FOLDER = 'backup-temp';

async function folder(): Promise<FileSystemDirectoryHandle | null> {
	try {
		const root = await globalThis.navigator?.storage?.getDirectory?.();
		return root ? await root.getDirectoryHandle(FOLDER, { create: true }) : null;
	} catch {
		return null;
	}
}

/** A file to write in one go, or null where OPFS cannot be written. */
async function writable(name: string) {
	const dir = await folder();
	if (!dir) return null;
	try {
		const handle = await dir.getFileHandle(name, { create: true });
		return { dir, handle, stream: await handle.createWritable() };
	} catch {
		return null;
	}
}

/** A sink writing an archive to OPFS file `name` (replacing an earlier one), or null. */
export async function diskSink(name: string): Promise<ZipSink | null> {
	const file = await writable(name);
	if (!file) return null;
	return {
		write: (part) => file.stream.write(part),
		async finish() {
			await file.stream.close();
			return file.handle.getFile();
		},
		async abort() {
			await file.stream.abort().catch(() => {});
			await file.dir.removeEntry(name).catch(() => {});
		}
	};
}

/** Removes the app's temporary files (an export that has been downloaded). */
export async function clearDiskFiles(): Promise<void> {
	try {
		const root = await globalThis.navigator?.storage?.getDirectory?.();
		await root?.removeEntry(FOLDER, { recursive: true });
	} catch {
		// Nothing there, or not removable now (a download still reading it): left for next time.
	}
}

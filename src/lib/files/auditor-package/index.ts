/**
 * The auditor's package: one ZIP of every evidence file by criterion and control, with manifests,
 * an index page and the gap report. Import it lazily: it pulls in the ZIP writer.
 */
export { buildAuditorPackage, PackageFileError, type PackageProgress } from './assemble';
export { packageLayout, type LayoutInput } from './layout';
export { ZipTooLargeError } from '../zip';

/**
 * Which spreadsheet column holds which vendor field: guessed from common English header names,
 * then confirmed by the user. Headers match case-insensitively and ignore punctuation, but only
 * as a whole: a guess is made only for a field's own name or a name that means the same thing.
 * A wrong guess is worse than none (a "Criticality" column read as how much the company depends
 * on the vendor would quietly set every tier), so names that could mean two fields are left out.
 */

import { keysOf } from '$lib/domain/labels';

export type VendorImportField =
	| 'name'
	| 'service'
	| 'ownerName'
	| 'dataAccess'
	| 'systemAccess'
	| 'dependency'
	| 'contractStart'
	| 'renewalDate'
	| 'tierOverride'
	| 'tierOverrideReason'
	| 'lastReviewedAt'
	| 'notes';

/** Column index (0-based) for each field, or null when no column holds it. */
export type VendorMapping = Record<VendorImportField, number | null>;

/** Field names as the import screen and messages show them. */
export const IMPORT_FIELD_LABEL: Record<VendorImportField, string> = {
	name: 'Name',
	service: 'Service',
	ownerName: 'Owner',
	dataAccess: 'Data access',
	systemAccess: 'System access',
	dependency: 'Dependency',
	contractStart: 'Contract start',
	renewalDate: 'Renewal date',
	tierOverride: 'Tier override',
	tierOverrideReason: 'Tier override reason',
	lastReviewedAt: 'Last reviewed',
	notes: 'Notes'
};

export const VENDOR_IMPORT_FIELDS = keysOf(IMPORT_FIELD_LABEL);

/**
 * Header names we recognise, best first. The export's own headers come first so files round-trip.
 * Left out on purpose: 'criticality', 'importance' and 'business impact' (a vendor's rating or
 * tier as often as its dependency), bare 'access' (data or systems), bare 'classification' (the
 * data's or the vendor's) and bare 'start'.
 */
const SYNONYMS: Record<VendorImportField, readonly string[]> = {
	name: [
		'name',
		'vendor',
		'vendor name',
		'supplier',
		'supplier name',
		'provider',
		'company',
		'third party',
		'subprocessor'
	],
	service: [
		'service',
		'services',
		'service provided',
		'description',
		'product',
		'purpose',
		'what they do'
	],
	ownerName: [
		'owner',
		'vendor owner',
		'business owner',
		'owner name',
		'responsible',
		'relationship owner'
	],
	dataAccess: [
		'data access',
		'data',
		'data type',
		'data types',
		'data classification',
		'data handled',
		'data sensitivity'
	],
	systemAccess: ['system access', 'systems access', 'access level', 'production access'],
	dependency: ['dependency', 'dependence', 'business dependency', 'vendor dependency', 'reliance'],
	contractStart: ['contract start', 'contract start date', 'start date', 'contract date'],
	renewalDate: [
		'renewal date',
		'renewal',
		'contract renewal',
		'contract end',
		'contract end date',
		'end date',
		'expiry',
		'contract expiry'
	],
	tierOverride: ['tier override', 'override tier', 'tier', 'risk tier', 'vendor tier'],
	tierOverrideReason: ['tier override reason', 'override reason', 'tier reason', 'tier rationale'],
	lastReviewedAt: [
		'last reviewed',
		'last review',
		'last review date',
		'date reviewed',
		'review date',
		'reviewed'
	],
	notes: ['notes', 'note', 'comments', 'comment', 'remarks']
};

/** Lower case, punctuation to spaces, single spaces: 'Vendor_Name ' -> 'vendor name'. */
export function normaliseHeader(header: string): string {
	return header
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

/** A mapping with no column chosen. */
export function emptyMapping(): VendorMapping {
	return {
		name: null,
		service: null,
		ownerName: null,
		dataAccess: null,
		systemAccess: null,
		dependency: null,
		contractStart: null,
		renewalDate: null,
		tierOverride: null,
		tierOverrideReason: null,
		lastReviewedAt: null,
		notes: null
	};
}

/**
 * Guesses the column of each field from headers that are the field's name or a synonym of it,
 * as a whole header (after case and punctuation are set aside): 'Business owner name' is guessed
 * as nothing rather than as the owner or the name. Each column is used at most once; a field with
 * several matching columns takes the one whose header ranks first among its synonyms.
 */
export function suggestMapping(headers: readonly string[]): VendorMapping {
	const norm = headers.map(normaliseHeader);
	const mapping = emptyMapping();
	const used = new Set<number>();
	for (const field of VENDOR_IMPORT_FIELDS) {
		for (const syn of SYNONYMS[field]) {
			const col = norm.findIndex((h, i) => h === syn && !used.has(i));
			if (col < 0) continue;
			mapping[field] = col;
			used.add(col);
			break;
		}
	}
	return mapping;
}

/** Problems with a mapping before any row is read: the name column is required. */
export function mappingProblems(mapping: VendorMapping): string[] {
	return mapping.name === null ? ['Choose the column that holds the vendor name.'] : [];
}

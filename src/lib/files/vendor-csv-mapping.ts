/**
 * Which spreadsheet column holds which vendor field: guessed from common English header names,
 * then confirmed by the user. Headers match case-insensitively and ignore punctuation.
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

/** Header names we recognise, best first. The export's own headers come first so files round-trip. */
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
		'data sensitivity',
		'classification'
	],
	systemAccess: ['system access', 'systems access', 'access', 'access level', 'production access'],
	dependency: [
		'dependency',
		'criticality',
		'business criticality',
		'reliance',
		'business impact',
		'importance'
	],
	contractStart: ['contract start', 'contract start date', 'start date', 'contract date', 'start'],
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
 * Guesses the column of each field. An exact header match beats a header that merely contains a
 * known name ('Business owner name' contains 'business owner'); longer contained names beat
 * shorter ones, so 'owner' wins that header over 'name'. Each column is used at most once.
 */
export function suggestMapping(headers: readonly string[]): VendorMapping {
	const norm = headers.map(normaliseHeader);
	const candidates: Array<{ field: VendorImportField; col: number; score: number; order: number }> =
		[];
	VENDOR_IMPORT_FIELDS.forEach((field, order) => {
		SYNONYMS[field].forEach((syn, rank) => {
			norm.forEach((h, col) => {
				if (h === syn) candidates.push({ field, col, score: 1000 - rank, order });
				else if (h !== '' && ` ${h} `.includes(` ${syn} `))
					candidates.push({ field, col, score: syn.length, order });
			});
		});
	});
	candidates.sort((a, b) => b.score - a.score || a.order - b.order || a.col - b.col);
	const mapping = emptyMapping();
	const used = new Set<number>();
	for (const c of candidates) {
		if (mapping[c.field] !== null || used.has(c.col)) continue;
		mapping[c.field] = c.col;
		used.add(c.col);
	}
	return mapping;
}

/** Problems with a mapping before any row is read: the name column is required. */
export function mappingProblems(mapping: VendorMapping): string[] {
	return mapping.name === null ? ['Choose the column that holds the vendor name.'] : [];
}

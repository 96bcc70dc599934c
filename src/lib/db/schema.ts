/**
 * The IndexedDB schema, as cumulative Dexie versions. A released version is never edited:
 * changes get a new version with its own upgrade function in ./upgrades.
 * This folder is the only place that imports dexie (enforced by ESLint).
 */
import type { Dexie, Transaction } from 'dexie';
import { ASSESSMENT_OWNED_TABLE_NAMES } from '$lib/domain/assessments/aggregate';
import { upgradeToV2 } from './upgrades/v2';
import { upgradeToV3 } from './upgrades/v3';
import { upgradeToV5 } from './upgrades/v5';
import { upgradeToV6 } from './upgrades/v6';

export interface SchemaVersion {
	version: number;
	stores: Record<string, string | null>;
	upgrade?: (tx: Transaction) => Promise<void>;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
	{
		// First release: the assessments list and app metadata.
		version: 1,
		stores: {
			assessments: 'id, updatedAt',
			meta: 'key'
		}
	},
	{
		// Everything an assessment owns; assessments gain scope, plan and summary fields.
		version: 2,
		stores: {
			assessments: 'id, updatedAt, deletedAt',
			scopingAnswers: '[assessmentId+questionId], assessmentId',
			controlStates: '[assessmentId+controlId], assessmentId',
			evidence: 'id, assessmentId, [assessmentId+controlId]',
			tasks: 'id, assessmentId, [assessmentId+gapKey]',
			policyStates: '[assessmentId+policyId], assessmentId',
			vendors: 'id, assessmentId',
			snapshots: 'id, assessmentId',
			templates: 'id, updatedAt'
		},
		upgrade: upgradeToV2
	},
	{
		// An assessment's bookkeeping (last edit, cached summary, progress) moves off its row.
		version: 3,
		stores: { activity: 'assessmentId' },
		upgrade: upgradeToV3
	},
	{
		// The evidence locker: file records (chain of versions) and their bytes, apart.
		version: 4,
		stores: {
			evidenceFiles: 'id, assessmentId, ownerId',
			fileBlobs: 'id, assessmentId'
		}
	},
	{
		// The risk register, its reviews, the system description and policy texts.
		version: 5,
		stores: {
			risks: 'id, assessmentId',
			riskReviews: 'id, assessmentId',
			descriptionSections: '[assessmentId+sectionId], assessmentId',
			policyTexts: 'id, assessmentId, [assessmentId+policyId]'
		},
		upgrade: upgradeToV5
	},
	{
		// People and populations: the roster, its checks, access reviews and Type II samples.
		version: 6,
		stores: {
			people: 'id, assessmentId',
			personChecks: 'id, assessmentId, personId',
			accessReviews: 'id, assessmentId',
			peopleSamples: 'id, assessmentId'
		},
		upgrade: upgradeToV6
	}
];

export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS.at(-1)?.version ?? 1;

/**
 * Tables holding rows that belong to one assessment, from the one declaration of the aggregate
 * (schema.test.ts checks each is declared here with an `assessmentId` index).
 */
export const ASSESSMENT_TABLES = ASSESSMENT_OWNED_TABLE_NAMES;

/** Declares every version up to `upTo` (all by default) on a Dexie instance. */
export function declareSchema(db: Dexie, upTo = CURRENT_SCHEMA_VERSION): void {
	for (const v of SCHEMA_VERSIONS) {
		if (v.version > upTo) break;
		const declared = db.version(v.version).stores(v.stores);
		if (v.upgrade) declared.upgrade(v.upgrade);
	}
}

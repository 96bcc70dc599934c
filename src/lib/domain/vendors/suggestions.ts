/**
 * Vendor records suggested by the scoping answers: each named cloud provider not yet in the
 * inventory, a reminder to add a provider the list does not name, and a nudge when fewer vendors
 * with access to customer data are recorded than the subprocessor answer implies. Pure: nothing
 * here saves; the Vendors page adds a proposal only when the user asks for it. Rules are in
 * docs/vendor-risk.md.
 */
import type { AnswerValue, ScopingAnswers } from '$lib/catalog/types';
import type { Vendor } from '../types';
import type { VendorDraft } from './index';

/** The providers the scoping question names; 'other' has no name to propose. */
export type NamedCloudProvider = 'aws' | 'gcp' | 'azure';

/**
 * The name a proposal uses and the names an existing vendor may already go by (lower case,
 * whole words: "AWS S3" and "Amazon Web Services (AWS)" both count as Amazon Web Services).
 */
export const CLOUD_PROVIDERS: Record<NamedCloudProvider, { name: string; aliases: string[] }> = {
	aws: { name: 'Amazon Web Services', aliases: ['amazon web services', 'aws'] },
	gcp: { name: 'Google Cloud', aliases: ['google cloud', 'gcp'] },
	azure: { name: 'Microsoft Azure', aliases: ['microsoft azure', 'azure'] }
};

export const CLOUD_HOSTING_SERVICE = 'Cloud hosting (subservice organisation)';

/** Suggestion ids, remembered when the user dismisses one. */
export const OTHER_PROVIDER_SUGGESTION = 'cloud:other';
export function cloudSuggestionId(provider: NamedCloudProvider): string {
	return `cloud:${provider}`;
}

/** Third parties besides hosting that `subprocessors` implies, at the least. */
export const SUBPROCESSORS_EXPECTED = { few: 1, many: 6 } as const;
const SUBPROCESSORS_WORDS = { few: '1 to 5', many: 'more than 5' } as const;

export interface VendorProposal {
	/** e.g. 'cloud:aws' */
	id: string;
	/** The vendor that "Add" saves, valid as it stands. */
	draft: VendorDraft;
	/** Why it is proposed, in words. */
	reason: string;
}

export interface SubprocessorNudge {
	answer: keyof typeof SUBPROCESSORS_EXPECTED;
	/** Vendors besides hosting with access to customer data the answer implies, at the least. */
	expected: number;
	/** Such vendors recorded now. */
	recorded: number;
	text: string;
}

export interface VendorSuggestions {
	/** Cloud providers answered in scoping and not in the inventory, in the question's order. */
	proposals: VendorProposal[];
	/** 'Another provider' answered and no other hosting vendor recorded: add it by name. */
	otherProvider: boolean;
	nudge: SubprocessorNudge | null;
	/** Suggestions that would show but were dismissed, so the page can offer them again. */
	dismissed: string[];
}

/** Lower case words separated by single spaces, padded so whole words can be found. */
function words(text: string): string {
	const w = text
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
	return ` ${w} `;
}

/** The named provider a vendor record stands for, if any (by its name). */
export function cloudProviderOf(v: Pick<Vendor, 'name'>): NamedCloudProvider | null {
	const name = words(v.name);
	for (const [id, p] of Object.entries(CLOUD_PROVIDERS) as Array<
		[NamedCloudProvider, (typeof CLOUD_PROVIDERS)[NamedCloudProvider]]
	>)
		if (p.aliases.some((a) => name.includes(` ${a} `))) return id;
	return null;
}

/** A vendor that hosts the system: a named cloud provider, or a service that says hosting. */
function isHosting(v: Pick<Vendor, 'name' | 'service'>): boolean {
	return (
		cloudProviderOf(v) !== null ||
		/ (hosting|hosted|host|data centre|data center|colocation|iaas|paas|cloud provider|cloud platform) /.test(
			words(v.service)
		)
	);
}

function list(value: AnswerValue | undefined): readonly string[] {
	return Array.isArray(value) ? value : [];
}

function cloudProposal(provider: NamedCloudProvider): VendorProposal {
	const { name } = CLOUD_PROVIDERS[provider];
	return {
		id: cloudSuggestionId(provider),
		reason: `You answered in scoping that ${name} hosts the system.`,
		// A cloud host holds every record, runs every server and the service stops without it, so
		// each access fact is at its highest; the user can lower any of them after adding.
		draft: {
			name,
			service: CLOUD_HOSTING_SERVICE,
			ownerName: '',
			dataAccess: 'customer_personal',
			systemAccess: 'admin',
			dependency: 'high',
			tierOverride: null,
			tierOverrideReason: '',
			contractStart: null,
			renewalDate: null,
			lastReviewedAt: null,
			notes:
				'Added from the scoping answers. As a subservice organisation its SOC 2 report is collected and reviewed every year, and its complementary user-entity controls are mapped to ours.'
		}
	};
}

function subprocessorNudge(
	answer: AnswerValue | undefined,
	vendors: readonly Pick<Vendor, 'name' | 'service' | 'dataAccess'>[]
): SubprocessorNudge | null {
	if (answer !== 'few' && answer !== 'many') return null;
	const expected = SUBPROCESSORS_EXPECTED[answer];
	const recorded = vendors.filter(
		(v) =>
			(v.dataAccess === 'confidential' || v.dataAccess === 'customer_personal') && !isHosting(v)
	).length;
	if (recorded >= expected) return null;
	const have =
		recorded === 0
			? 'none is recorded yet'
			: `${recorded} ${recorded === 1 ? 'is' : 'are'} recorded`;
	return {
		answer,
		expected,
		recorded,
		text: `Scoping says ${SUBPROCESSORS_WORDS[answer]} third parties besides hosting store or process customer data, but ${have} with access to customer data: expected at least ${expected}.`
	};
}

/**
 * What the scoping answers suggest adding to the vendor inventory.
 * - A proposal for each named cloud provider in `cloud_providers` that no vendor stands for
 *   (matched by name, case-insensitive, whole words, with the usual short names such as AWS),
 *   prefilled as a subservice organisation at the highest data access, system access and
 *   dependency, so it is tiered critical.
 * - `otherProvider` when 'other' is answered and no vendor besides the named providers is a
 *   hosting service.
 * - A nudge when `subprocessors` is 'few' (at least 1) or 'many' (at least 6) and fewer vendors
 *   with confidential or customer personal data access are recorded, not counting hosting.
 * Dismissed proposal ids (and 'cloud:other') are left out and listed in `dismissed`.
 * `answers` are the effective answers: a question no longer asked must already be dropped.
 */
export function vendorSuggestions(
	answers: ScopingAnswers,
	vendors: readonly Pick<Vendor, 'name' | 'service' | 'dataAccess'>[],
	dismissedIds: readonly string[] = []
): VendorSuggestions {
	const gone = new Set(dismissedIds);
	const recorded = new Set(vendors.map(cloudProviderOf));
	const providers = list(answers.cloud_providers);
	const dismissed: string[] = [];
	const proposals: VendorProposal[] = [];
	for (const provider of Object.keys(CLOUD_PROVIDERS) as NamedCloudProvider[]) {
		if (!providers.includes(provider) || recorded.has(provider)) continue;
		const p = cloudProposal(provider);
		if (gone.has(p.id)) dismissed.push(p.id);
		else proposals.push(p);
	}
	let otherProvider =
		providers.includes('other') &&
		!vendors.some((v) => cloudProviderOf(v) === null && isHosting(v));
	if (otherProvider && gone.has(OTHER_PROVIDER_SUGGESTION)) {
		dismissed.push(OTHER_PROVIDER_SUGGESTION);
		otherProvider = false;
	}
	return {
		proposals,
		otherProvider,
		nudge: subprocessorNudge(answers.subprocessors, vendors),
		dismissed
	};
}

/**
 * Filling a policy's starting text with the company's answers (pure). One pass over the template:
 * each `{{name}}` becomes its value, or "[to complete: <what>]" when nothing answers it, and a
 * value is inserted as plain text, never read again for placeholders, so a company name such as
 * "{{company}}" or "<script>" comes out exactly as typed and nothing the user typed is executed.
 */
import {
	PLACEHOLDERS,
	POLICY_SECTION_IDS,
	type PlaceholderName,
	type PolicyTemplate
} from '$lib/catalog/policy-texts/types';
import type { AnswerValue, Policy, ScopingQuestion } from '$lib/catalog/types';
import type { PolicyTextBody } from './records';

export type PlaceholderValues = Partial<Record<PlaceholderName, string>>;

const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;

/** The marker shown where a placeholder has no value. */
export function toComplete(label: string): string {
	return `[to complete: ${label}]`;
}

function isPlaceholder(name: string): name is PlaceholderName {
	return Object.hasOwn(PLACEHOLDERS, name);
}

/** Braces left in a template's own text that name no placeholder ("{{" alone) are dropped. */
const STRAY = /\{\{|\}\}/g;

/**
 * `text` with every placeholder replaced, in one pass (values are never expanded themselves).
 * Stray "{{" or "}}" in the template text around the placeholders are dropped, so no placeholder
 * syntax is ever left for a reader; what a value brings is kept exactly.
 */
export function fillText(text: string, values: PlaceholderValues): string {
	let out = '';
	let last = 0;
	for (const m of text.matchAll(PLACEHOLDER)) {
		const raw = m[1] ?? '';
		out += text.slice(last, m.index).replace(STRAY, '');
		if (!isPlaceholder(raw)) out += toComplete(raw.trim() || 'missing detail');
		else out += values[raw]?.trim() || toComplete(PLACEHOLDERS[raw].label);
		last = m.index + m[0].length;
	}
	return out + text.slice(last).replace(STRAY, '');
}

/** All six sections of a template, filled. */
export function fillTemplate(template: PolicyTemplate, values: PlaceholderValues): PolicyTextBody {
	const out = {} as PolicyTextBody;
	for (const id of POLICY_SECTION_IDS) out[id] = fillText(template.sections[id], values);
	return out;
}

/** Each "[to complete: …]" marker left in a text, in order, without repeats. */
export function toCompleteMarkers(body: Readonly<Record<string, string>>): string[] {
	const seen = new Set<string>();
	for (const text of Object.values(body))
		for (const m of text.matchAll(/\[to complete: ([^\]]+)\]/g)) seen.add(m[1]!);
	return [...seen];
}

const CADENCE: Record<Policy['reviewFrequency'], string> = {
	annually: 'at least once a year',
	semiannually: 'at least every six months',
	quarterly: 'at least every three months'
};

const OVERSIGHT: Record<string, string> = {
	board_independent: 'the board of directors',
	board_founders: 'the board',
	none: 'the leadership team'
};

const HOSTING: Record<string, string> = {
	public_cloud: 'a public cloud',
	hybrid: 'a public cloud and hardware of its own',
	colocation: 'its own servers in a rented data centre',
	on_premises: 'its own servers on its own premises'
};

/** "A, B and C". */
function joinWords(items: readonly string[]): string {
	if (items.length <= 1) return items.join('');
	return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

function optionLabels(
	questions: readonly ScopingQuestion[],
	id: string,
	value: AnswerValue | undefined,
	skip: readonly string[] = []
): string {
	const q = questions.find((x) => x.id === id);
	if (!q || !Array.isArray(value)) return '';
	const labels = value
		.filter((v) => !skip.includes(v))
		.map((v) => q.options?.find((o) => o.value === v)?.label)
		.filter((l): l is string => !!l);
	return joinWords(labels);
}

export interface FillContext {
	companyName: string;
	/** Scoping answers by question id. */
	answers: Readonly<Record<string, AnswerValue | undefined>>;
	questions: readonly ScopingQuestion[];
	policy: Pick<Policy, 'reviewFrequency'>;
	/** The policy's owner on the tracker ('' when none). */
	policyOwner: string;
	/** The Information Security Policy's owner on the tracker ('' when none). */
	securityLead: string;
}

/** The value of every placeholder the assessment can answer; the rest stay to complete. */
export function placeholderValues(ctx: FillContext): PlaceholderValues {
	const a = ctx.answers;
	const str = (id: string) => (typeof a[id] === 'string' ? (a[id] as string) : '');
	// Without a tool the texts' "devices are enrolled in …" has no honest value: it stays to
	// complete, which tells the company the policy expects a tool it has not named yet.
	const mdm = a.mdm === true ? 'the company’s device-management tool' : '';
	return {
		company: ctx.companyName.trim(),
		policyOwner: ctx.policyOwner.trim(),
		securityLead: ctx.securityLead.trim(),
		oversight: OVERSIGHT[str('governing_body')] ?? '',
		reviewCadence: CADENCE[ctx.policy.reviewFrequency],
		hosting: HOSTING[str('hosting')] ?? '',
		cloudProviders: optionLabels(ctx.questions, 'cloud_providers', a.cloud_providers, ['other']),
		deviceManagement: mdm,
		dataTypes: optionLabels(ctx.questions, 'data_types', a.data_types, ['none']).toLowerCase()
	};
}

/**
 * A policy's first version: its template filled, or, for a policy without one, its catalog
 * purpose and empty sections to write.
 */
export function startingBody(
	policy: Pick<Policy, 'purpose'>,
	template: PolicyTemplate | undefined,
	values: PlaceholderValues
): PolicyTextBody {
	if (template) return fillTemplate(template, values);
	return {
		purpose: policy.purpose,
		scope: '',
		roles: '',
		requirements: '',
		exceptions: '',
		review: ''
	};
}

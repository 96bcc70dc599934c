/**
 * Proposed text for the system description from what the assessment already knows: the scoping
 * answers (hosting, cloud providers, data types, commitments, who builds the software) and the
 * vendor records (subservice organisations). Pure: nothing here saves, and only sections the user
 * has not written get a proposal, so typed text always wins. Whatever the app cannot know is
 * marked "[to complete: …]" for the user to replace.
 */
import { SCOPING_QUESTIONS } from '$lib/catalog/scoping-questions';
import type { ScopingAnswers } from '$lib/catalog/types';
import type { ObservationMonths, ReportType, Vendor } from '../types';
import { CLOUD_PROVIDERS, cloudProviderOf, type NamedCloudProvider } from '../vendors/suggestions';
import { effectiveTier } from '../vendors/tier';
import type { DescriptionItem, DescriptionSection } from './records';
import { isWritten } from './status';

export interface PrefillInput {
	companyName: string;
	reportType: ReportType;
	observationMonths: ObservationMonths;
	answers: ScopingAnswers;
	vendors: readonly Vendor[];
}

export interface SectionProposal {
	sectionId: string;
	text: string;
	items: DescriptionItem[];
}

/** A gap in a proposal, phrased so no reader mistakes it for finished text. */
export const toComplete = (what: string) => `[to complete: ${what}]`;

function label(questionId: string, value: string): string {
	const q = SCOPING_QUESTIONS.find((x) => x.id === questionId);
	const options: ReadonlyArray<{ value: string; label: string }> =
		q && 'options' in q ? q.options : [];
	return options.find((o) => o.value === value)?.label ?? value;
}

function one(answers: ScopingAnswers, id: string): string | null {
	const v = answers[id];
	return typeof v === 'string' ? v : null;
}

function many(answers: ScopingAnswers, id: string): string[] {
	const v = answers[id];
	return Array.isArray(v) ? v : [];
}

/** "a, b and c" */
function list(parts: readonly string[]): string {
	if (parts.length <= 1) return parts.join('');
	return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

function company(input: PrefillInput): string {
	return input.companyName.trim() || toComplete('company name');
}

function period(input: PrefillInput): string {
	return input.reportType === 'type2'
		? `over a ${input.observationMonths}-month period, ${toComplete('first and last day of the period')}`
		: `as of ${toComplete('the date of the description')}`;
}

function services(input: PrefillInput): string {
	const c = company(input);
	return [
		`${c} provides ${toComplete('what the service does, in one sentence')} to ${toComplete('who the customers are')}.`,
		`This description covers the system that delivers that service, ${period(input)}, for a SOC 2 ${input.reportType === 'type2' ? 'Type II' : 'Type I'} report.`,
		`Customers use the service through ${toComplete('a web application, an API, software they install')}.`
	].join('\n\n');
}

function commitments(a: ScopingAnswers): string {
	const lines = [
		'We commit to protecting the system and customer data against unauthorised access, as set out in our customer agreements and security page.'
	];
	const avail = one(a, 'availability_commitments');
	if (avail === 'sla')
		lines.push(`Availability: a contractual uptime commitment of ${toComplete('percentage')}.`);
	if (avail === 'informal')
		lines.push('Availability: best effort, with service status published on a status page.');
	if (one(a, 'recovery_commitments') === 'yes')
		lines.push(
			`Recovery: we restore the service within ${toComplete('recovery time')} and lose at most ${toComplete('recovery point')} of data.`
		);
	if (one(a, 'confidentiality_commitments') === 'yes')
		lines.push(
			'Confidentiality: customer information is kept confidential and destroyed when the customer asks, as our contracts and NDAs require.'
		);
	if (one(a, 'privacy_commitments') === 'yes')
		lines.push('Privacy: personal data is handled as our privacy notice states.');
	lines.push(
		`These commitments are written in ${toComplete('the documents that state them: terms, master agreement, security page')}.`
	);
	return lines.join('\n\n');
}

function providers(input: PrefillInput): string[] {
	return many(input.answers, 'cloud_providers')
		.filter((p) => p !== 'other')
		.map((p) => CLOUD_PROVIDERS[p as NamedCloudProvider]?.name ?? p);
}

const HOSTING_TEXT: Record<string, string> = {
	public_cloud: 'entirely in a public cloud',
	hybrid: 'mostly in a public cloud, with some hardware of our own',
	colocation: 'on our own servers in a rented data-centre space',
	on_premises: 'on our own servers in our own building'
};

function infrastructure(input: PrefillInput): string | null {
	const hosting = one(input.answers, 'hosting');
	if (hosting === null) return null;
	const names = providers(input);
	if (many(input.answers, 'cloud_providers').includes('other'))
		names.push(toComplete('the other provider'));
	const lines = [`The system runs ${HOSTING_TEXT[hosting] ?? lower(label('hosting', hosting))}.`];
	if (names.length > 0) lines.push(`Hosting is provided by ${list(names)}.`);
	lines.push(`Main components: ${toComplete('accounts, regions, networks, databases, backups')}.`);
	const offices = one(input.answers, 'offices');
	if (offices === 'none') lines.push('The company is fully remote and has no office in scope.');
	else if (offices) lines.push(`Premises: ${lower(label('offices', offices))}.`);
	return lines.join('\n\n');
}

function software(a: ScopingAnswers): string | null {
	const dev = one(a, 'software_development');
	if (dev === null) return null;
	const who = {
		in_house: 'our own engineers',
		outsourced: 'a contractor working for us',
		none: 'nobody in house: we configure off-the-shelf software'
	}[dev];
	return [
		`The service is made of ${toComplete('the applications and services that make it up')}.`,
		who ? `Software is built and changed by ${who}.` : '',
		`Supporting tools: ${toComplete('source control, build and deployment, monitoring, ticketing')}.`
	]
		.filter(Boolean)
		.join('\n\n');
}

function people(a: ScopingAnswers): string | null {
	const size = one(a, 'company_size');
	const board = one(a, 'governing_body');
	if (size === null && board === null) return null;
	const lines: string[] = [];
	if (size) lines.push(`The company has ${lower(label('company_size', size))} people.`);
	if (board) lines.push(`Oversight: ${lower(label('governing_body', board))}.`);
	lines.push(`Security and compliance are owned by ${toComplete('name and role')}.`);
	return lines.join('\n\n');
}

function data(a: ScopingAnswers): string | null {
	const types = many(a, 'data_types');
	if (types.length === 0) return null;
	const lines =
		types.includes('none') || types.length === 0
			? ['The system does not store personal, payment, health or confidential customer data.']
			: [
					`The system stores and processes: ${list(types.map((t) => lower(label('data_types', t))))}.`
				];
	const role = one(a, 'personal_data_role');
	if (role === 'controller') lines.push('For personal data, we decide what it is collected for.');
	if (role === 'processor')
		lines.push(
			'Personal data is processed on behalf of our business customers, who decide its use.'
		);
	if (role === 'both')
		lines.push(
			'For personal data, we are the controller for some and process the rest for customers.'
		);
	lines.push(`Data is kept ${toComplete('where, how long, and how it is disposed of')}.`);
	return lines.join('\n\n');
}

function boundaries(input: PrefillInput, subservice: readonly DescriptionItem[]): string {
	const lines = [
		`Inside the boundary: ${toComplete('the production environment, the applications and the people and procedures that run them')}.`
	];
	if (subservice.length > 0)
		lines.push(
			`Outside the boundary: the controls of ${list(subservice.map((s) => s.name))}, presented as carve-outs below.`
		);
	lines.push(`Out of scope: ${toComplete('other products, internal systems or environments')}.`);
	return lines.join('\n\n');
}

/** Vendors that run part of the system for us: high or critical tier with access to data. */
export function subserviceCandidates(vendors: readonly Vendor[]): Vendor[] {
	return vendors.filter((v) => {
		if (cloudProviderOf(v) !== null) return true;
		const tier = effectiveTier(v).tier;
		return (
			(tier === 'high' || tier === 'critical') &&
			(v.dataAccess === 'customer_personal' || v.dataAccess === 'confidential')
		);
	});
}

function subserviceItems(input: PrefillInput, newId: () => string): DescriptionItem[] {
	const items: DescriptionItem[] = subserviceCandidates(input.vendors).map((v) => {
		const cuecs = v.assurance.soc2?.cuecs.length ?? 0;
		const detail = [
			v.service.trim() ? `Service: ${v.service.trim()}.` : '',
			`Controls we rely on it to operate: ${toComplete('for example physical security of its data centres, its own access and change controls')}.`,
			cuecs > 0
				? `Its SOC 2 report lists ${cuecs} complementary controls we operate on our side; they are mapped to our controls on the Vendors page.`
				: `How we check it: ${toComplete('for example reading its SOC 2 report every year')}.`
		];
		return {
			id: newId(),
			name: v.name.trim(),
			method: 'carve_out',
			detail: detail.filter(Boolean).join(' ')
		};
	});
	// Providers answered in scoping but not yet recorded as vendors still run the system.
	const recorded = new Set(input.vendors.map(cloudProviderOf));
	for (const p of many(input.answers, 'cloud_providers'))
		if (p !== 'other' && p in CLOUD_PROVIDERS && !recorded.has(p as NamedCloudProvider))
			items.push({
				id: newId(),
				name: CLOUD_PROVIDERS[p as NamedCloudProvider].name,
				method: 'carve_out',
				detail: `Service: cloud hosting. Controls we rely on it to operate: ${toComplete('for example physical security of its data centres')}.`
			});
	return items;
}

const CUEC_PROPOSALS = [
	[
		'Customers manage their own users',
		'They grant access only to people who need it and remove it when someone leaves.'
	],
	[
		'Customers protect their credentials',
		'They keep passwords and API keys secret and turn on multi-factor authentication where offered.'
	],
	[
		'Customers report suspected incidents',
		`They tell us promptly at ${toComplete('the security contact address')} when they suspect misuse of their account.`
	]
] as const;

function changesText(input: PrefillInput, what: string): string {
	return input.reportType === 'type2'
		? `${toComplete(`the significant ${what} during the period, or "None"`)}`
		: `This is a Type I description as of a date, so no period applies. ${toComplete(`any significant ${what} up to that date, or "None"`)}`;
}

function assertion(input: PrefillInput): string {
	const c = company(input);
	const operated =
		input.reportType === 'type2'
			? ', and that they operated effectively throughout the period,'
			: '';
	return [
		`The management of ${c} prepared this description of the system ${period(input)}.`,
		`We confirm that it presents the system fairly, and that the controls it describes were suitably designed${operated} to meet our service commitments and system requirements.`,
		`Signed: ${toComplete('name and role')}, ${toComplete('date')}.`
	].join('\n\n');
}

/**
 * Proposals for every section the user has not written yet (no text, no entries), in catalog
 * order. Sections already written are never in the result, whatever their status.
 */
export function prefillDescription(
	input: PrefillInput,
	rows: readonly DescriptionSection[],
	newId: () => string
): SectionProposal[] {
	const sub = subserviceItems(input, newId);
	const all: Array<[string, string | null, DescriptionItem[]]> = [
		['services', services(input), []],
		['commitments', commitments(input.answers), []],
		['infrastructure', infrastructure(input), []],
		['software', software(input.answers), []],
		['people', people(input.answers), []],
		['data', data(input.answers), []],
		['boundaries', boundaries(input, sub), []],
		[
			'subservice',
			sub.length > 0
				? 'These organisations run part of the system for us. Their controls are not tested in this audit (carve-out); we monitor them as set out for each.'
				: null,
			sub
		],
		[
			'cuecs',
			'Our controls assume that customers operate the following controls on their side.',
			CUEC_PROPOSALS.map(([name, detail]) => ({ id: newId(), name, method: null, detail }))
		],
		['changes', changesText(input, 'changes to the system'), []],
		['incidents', changesText(input, 'incidents'), []],
		['assertion', assertion(input), []]
	];
	const written = new Set(rows.filter(isWritten).map((r) => r.sectionId));
	return all.flatMap(([sectionId, text, items]) =>
		text === null || written.has(sectionId) ? [] : [{ sectionId, text, items }]
	);
}

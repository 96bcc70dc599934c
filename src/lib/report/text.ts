/**
 * Small text rules for the report: shortening guidance, naming the file, describing owners and
 * answers. Pure, so the PDF and the tests agree.
 */
import type { ScopingQuestion } from '$lib/catalog/types';
import { formatDate } from '$lib/domain/dates';
import type { AnswerValue, Department } from '$lib/domain/types';
import type { ReportVariant } from './model';

/** Guidance longer than this is cut at a sentence (or, failing that, a word) boundary. */
export const GUIDANCE_MAX = 320;

/**
 * Words that end in a full stop without ending the sentence ("e.g. AWS"), lower case, without
 * their last full stop.
 */
const ABBREVIATIONS = new Set([
	'e.g',
	'i.e',
	'cf',
	'vs',
	'approx',
	'incl',
	'esp',
	'no',
	'dr',
	'mr',
	'ms',
	'mrs',
	'st'
]);

/**
 * Where each sentence of a (whitespace-collapsed) text ends, as indices just after its final
 * punctuation; the text's own end is always the last. A sentence ends at '.', '!' or '?' (with any
 * closing quote or bracket) followed by a space and a capital letter, so '1.2', '99.9%',
 * 'security.txt' and 'e.g. Okta' never split a sentence.
 */
export function sentenceEnds(text: string): number[] {
	const ends: number[] = [];
	for (const m of text.matchAll(/[.!?]+["'’”)\]]*(?= ["'‘“([]?\p{Lu})/gu)) {
		const before = text.slice(0, m.index);
		const word = (/[^\s"'‘“([]*$/u.exec(before)?.[0] ?? '').toLowerCase();
		const fullStop = m[0].startsWith('.') && !m[0].startsWith('..');
		if (fullStop && ABBREVIATIONS.has(word)) continue;
		ends.push(m.index + m[0].length);
	}
	if (text.length > 0 && ends.at(-1) !== text.length) ends.push(text.length);
	return ends;
}

/**
 * The first whole sentences of a text that fit in `max` characters, so the result always starts
 * where the text starts and ends where a sentence ends. When even the first sentence is longer,
 * it is cut after the last whole word that fits and ends with an ellipsis. Whitespace is
 * collapsed.
 */
export function shorten(text: string, max = GUIDANCE_MAX): string {
	const clean = text.replace(/\s+/g, ' ').trim();
	if (clean.length <= max) return clean;
	const fits = sentenceEnds(clean).filter((end) => end <= max);
	if (fits.length > 0) return clean.slice(0, fits.at(-1));
	const cut = clean.slice(0, max - 1);
	// Cut before the word that does not fit, unless the text is one single word.
	const space = clean[max - 1] === ' ' ? max - 1 : cut.lastIndexOf(' ');
	return `${(space > 0 ? cut.slice(0, space) : cut).replace(/[\s,;:.!?]+$/, '')}…`;
}

/** Letters that Unicode does not decompose into a base letter plus an accent. */
const LATIN_FOLD: Record<string, string> = {
	ł: 'l',
	Ł: 'L',
	ø: 'o',
	Ø: 'O',
	đ: 'd',
	Đ: 'D',
	ß: 'ss',
	æ: 'ae',
	Æ: 'AE',
	œ: 'oe',
	Œ: 'OE',
	þ: 'th',
	Þ: 'Th',
	ı: 'i'
};

/** A name as ASCII letters, digits and hyphens: 'Zoë Łukasiewicz' -> 'zoe-lukasiewicz'. */
export function slug(text: string, max = 60): string {
	return text
		.replace(/[łŁøØđĐßæÆœŒþÞı]/g, (ch) => LATIN_FOLD[ch] ?? '')
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, max)
		.replace(/-+$/, '');
}

/** 'acme-soc2-gap-report-2027-01-15.pdf': safe on every operating system. */
export function reportFileName(company: string, variant: ReportVariant, today: string): string {
	const kind = variant === 'full' ? 'soc2-gap-report' : 'soc2-readiness-summary';
	return `${slug(company) || 'assessment'}-${kind}-${today}.pdf`;
}

/** Who owns something: the named person, else the department, else a plain 'No owner'. */
export function ownerText(name: string, department: Department | null | undefined): string {
	const n = name.trim();
	if (n && department) return `${n} (${department})`;
	return n || department || 'No owner';
}

/** Colours of scores and levels: the one rule the charts, the screen and the PDF share. */
export { LEVEL_TONE, scoreTone } from '$lib/domain/scoring/score-tone';

/** A scoping answer in words, with option labels and units. */
export function answerText(q: ScopingQuestion, v: AnswerValue | undefined): string {
	if (v === undefined) return 'Not answered';
	if (typeof v === 'boolean') return v ? 'Yes' : 'No';
	if (q.type === 'date' && typeof v === 'string') return formatDate(v);
	const label = (x: string) => q.options?.find((o) => o.value === x)?.label ?? x;
	if (Array.isArray(v)) return v.length === 0 ? 'None' : v.map(label).join(', ');
	if (typeof v === 'number') return `${v}${q.unit ? ` ${q.unit}` : ''}`;
	return label(v);
}

export { plural } from '$lib/domain/format';

import { describe, expect, it } from 'vitest';
import { catalog } from '$lib/catalog';
import type { ScopingQuestion } from '$lib/catalog/types';
import { nextUnanswered, reachableQuestions, scopeProgress } from './scope-progress';

const q = (id: string, askWhen?: ScopingQuestion['askWhen']): ScopingQuestion => ({
	id,
	text: id,
	help: '',
	type: 'single',
	options: [],
	...(askWhen ? { askWhen } : {})
});

// a, then b only when a is 'yes', then c when b is 'yes', then d unless a is 'yes', then e.
const QS = [
	q('a'),
	q('b', { question: 'a', equals: 'yes' }),
	q('c', { question: 'b', equals: 'yes' }),
	q('d', { not: { question: 'a', equals: 'yes' } }),
	q('e')
];
const ids = (qs: ScopingQuestion[]) => qs.map((x) => x.id);

describe('reachableQuestions', () => {
	it('counts every follow-up while the answers it depends on are open', () => {
		expect(ids(reachableQuestions(QS, {}))).toEqual(['a', 'b', 'c', 'd', 'e']);
	});
	it('drops a follow-up once an answer rules it out, and what depended on it', () => {
		expect(ids(reachableQuestions(QS, { a: 'no' }))).toEqual(['a', 'd', 'e']);
		expect(ids(reachableQuestions(QS, { a: 'yes' }))).toEqual(['a', 'b', 'c', 'e']);
		expect(ids(reachableQuestions(QS, { a: 'yes', b: 'no' }))).toEqual(['a', 'b', 'e']);
	});
	it('ignores an answer kept for a question that is no longer asked', () => {
		expect(ids(reachableQuestions(QS, { a: 'no', b: 'yes' }))).toEqual(['a', 'd', 'e']);
	});
	it('handles all/any over open and closed answers', () => {
		const qs = [
			q('x'),
			q('y'),
			q('both', {
				all: [
					{ question: 'x', equals: 'yes' },
					{ question: 'y', equals: 'yes' }
				]
			}),
			q('either', {
				any: [
					{ question: 'x', equals: 'yes' },
					{ question: 'y', equals: 'yes' }
				]
			})
		];
		expect(ids(reachableQuestions(qs, { x: 'no' }))).toEqual(['x', 'y', 'either']);
		expect(ids(reachableQuestions(qs, { x: 'no', y: 'no' }))).toEqual(['x', 'y']);
		expect(ids(reachableQuestions(qs, { x: 'yes' }))).toEqual(['x', 'y', 'both', 'either']);
	});
	it('the real questionnaire: 26 questions before any answer, fewer as follow-ups are ruled out', () => {
		const all = catalog.scopingQuestions;
		expect(reachableQuestions(all, {})).toHaveLength(26);
		// Public cloud keeps the providers question; a remote team with no hardware has no server room.
		expect(reachableQuestions(all, { hosting: 'public_cloud' })).toHaveLength(26);
		expect(reachableQuestions(all, { hosting: 'public_cloud', offices: 'none' })).toHaveLength(25);
		expect(reachableQuestions(all, { hosting: 'on_premises', report_type: 'type1' })).toHaveLength(
			24
		);
	});
});

describe('scopeProgress', () => {
	it('starts at 0 answered even when a default is shown as chosen', () => {
		const p = scopeProgress(QS, { a: 'no' }, new Set(), 'a');
		expect(p).toEqual({ answered: 0, total: 3, place: 1 });
	});
	it('the total never grows while questions are answered in order', () => {
		const answers: Record<string, string> = {};
		const seen: number[] = [];
		for (const [id, v] of [
			['a', 'yes'],
			['b', 'yes'],
			['c', 'no'],
			['e', 'no']
		] as const) {
			answers[id] = v;
			seen.push(scopeProgress(QS, answers, new Set(Object.keys(answers)), id).total);
		}
		expect(seen).toEqual([4, 4, 4, 4]);
	});
	it('does not count an answer to a question no longer asked', () => {
		const p = scopeProgress(QS, { a: 'no', b: 'yes' }, new Set(['a', 'b']), 'd');
		expect(p).toEqual({ answered: 1, total: 3, place: 2 });
	});
});

describe('nextUnanswered', () => {
	it('goes to the next open question after the current one', () => {
		expect(nextUnanswered(QS, new Set(['a']), 'a')).toBe('b');
		expect(nextUnanswered(QS, new Set(['a', 'b', 'c']), 'a')).toBe('d');
	});
	it('wraps to an earlier open question, then to the summary (null)', () => {
		expect(nextUnanswered(QS, new Set(['c', 'd', 'e']), 'e')).toBe('a');
		expect(nextUnanswered(QS, new Set(['a', 'b', 'c', 'd', 'e']), 'c')).toBeNull();
	});
	it('never stays on the question just answered', () => {
		expect(nextUnanswered(QS, new Set(), 'c')).toBe('d');
	});
});

import { describe, expect, it } from 'vitest';
import { mdEscape, toMarkdown } from './markdown';

describe('mdEscape', () => {
	it('keeps HTML, emphasis, links and list markers literal', () => {
		expect(mdEscape('<b>x</b>')).toBe('\\<b\\>x\\</b\\>');
		expect(mdEscape('*a* _b_ [c](d)')).toBe('\\*a\\* \\_b\\_ \\[c\\]\\(d\\)');
		expect(mdEscape('# not a heading')).toBe('\\# not a heading');
		expect(mdEscape('1. not a list\n- nor this')).toBe('1\\. not a list\n\\- nor this');
		expect(mdEscape('a - b, 3.5 and 2) c')).toBe('a - b, 3.5 and 2\\) c');
	});
});

describe('toMarkdown', () => {
	it('renders headings, paragraphs, notes, bullets and tables', () => {
		const md = toMarkdown({
			title: 'T',
			footer: '',
			blocks: [
				{ kind: 'heading', level: 2, text: 'Scope' },
				{ kind: 'paragraph', text: 'line one\nline two' },
				{ kind: 'paragraph', text: '   ' },
				{ kind: 'note', text: 'Template' },
				{ kind: 'bullets', items: ['a', 'b|c'] },
				{ kind: 'table', header: ['A', 'B'], rows: [['1', 'x\ny']] }
			]
		});
		expect(md).toBe(
			'## Scope\n\nline one  \nline two\n\n> Template\n\n- a\n- b\\|c\n\n| A | B |\n| --- | --- |\n| 1 | x y |\n'
		);
	});
});

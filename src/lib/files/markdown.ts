/**
 * Markdown from the plain document model. Every user text is escaped so a Markdown viewer shows
 * it as typed: HTML tags, emphasis markers, links and a leading "#" or "1." stay literal text.
 */
import { xmlSafe, type DocBlock, type DocModel } from './doc-model';

/** Backslash-escapes what CommonMark would read as markup (all of it is ASCII punctuation). */
export function mdEscape(text: string): string {
	return xmlSafe(text)
		.replace(/\r\n?/g, '\n')
		.replace(/[\\`*_{}[\]()<>#|!~&]/g, (c) => `\\${c}`)
		.replace(
			/^(\s*)([-+=]|\d+[.)])(?=\s|$)/gm,
			(_, space: string, mark: string) =>
				`${space}${mark.replace(/^([-+=])$/, '\\$1').replace(/(\d+)([.)])$/, '$1\\$2')}`
		);
}

/** A paragraph's text: escaped, each line break kept as a hard break. */
function paragraph(text: string): string {
	return mdEscape(text.trim()).split('\n').join('  \n');
}

function cell(text: string): string {
	return mdEscape(text).replace(/\n+/g, ' ');
}

function block(b: DocBlock): string {
	switch (b.kind) {
		case 'heading':
			return `${'#'.repeat(b.level)} ${cell(b.text)}`;
		case 'paragraph':
			return paragraph(b.text);
		case 'note':
			return paragraph(b.text)
				.split('\n')
				.map((l) => `> ${l}`)
				.join('\n');
		case 'bullets':
			return b.items.map((i) => `- ${paragraph(i).replace(/\n/g, '\n  ')}`).join('\n');
		case 'table': {
			const head = `| ${b.header.map(cell).join(' | ')} |`;
			const rule = `| ${b.header.map(() => '---').join(' | ')} |`;
			const rows = b.rows.map((r) => `| ${b.header.map((_, i) => cell(r[i] ?? '')).join(' | ')} |`);
			return [head, rule, ...rows].join('\n');
		}
		case 'pageBreak':
			return '---';
	}
}

/** The document as Markdown: blocks apart by blank lines, empty paragraphs dropped. */
export function toMarkdown(doc: DocModel): string {
	const parts = doc.blocks
		.filter((b) => !(b.kind === 'paragraph' && b.text.trim() === ''))
		.map(block);
	return `${parts.join('\n\n')}\n`;
}

import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { docxBlob } from './docx';
import type { DocModel } from './doc-model';

/** The visible text of a DOCX, read with a ZIP reader and the XML of its body, not with `docx`. */
async function bodyText(blob: Blob): Promise<string> {
	const entries = unzipSync(new Uint8Array(await blob.arrayBuffer()));
	const xml = strFromU8(entries['word/document.xml']!);
	const paragraphs = xml
		.split('</w:p>')
		.map((p) =>
			[...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:br\/>/g)]
				.map((m) => (m[0] === '<w:br/>' ? '\n' : m[1]))
				.join('')
		);
	const decode = (s: string) =>
		s
			.replace(/&lt;/g, '<')
			.replace(/&gt;/g, '>')
			.replace(/&quot;/g, '"')
			.replace(/&apos;/g, "'")
			.replace(/&amp;/g, '&');
	return paragraphs.map(decode).filter(Boolean).join('\n');
}

describe('docxBlob', () => {
	const doc: DocModel = {
		title: 'Access <Policy>',
		footer: 'Template to adapt',
		blocks: [
			{ kind: 'heading', level: 1, text: 'Access <Policy>' },
			{ kind: 'paragraph', text: '<script>alert(1)</script> & =SUM(A1)\nline two' },
			{ kind: 'bullets', items: ['one', 'two'] },
			{ kind: 'table', header: ['Section', 'Status'], rows: [['Scope', 'Draft']] },
			{ kind: 'paragraph', text: 'bell\u0007 gone' }
		]
	};

	it('writes a DOCX whose body text, read back by another reader, is the text as typed', async () => {
		const blob = await docxBlob(doc);
		expect(blob.type).toBe(
			'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
		);
		const text = await bodyText(blob);
		expect(text).toContain('Access <Policy>');
		expect(text).toContain('<script>alert(1)</script> & =SUM(A1)\nline two');
		expect(text).toContain('Section');
		expect(text).toContain('Draft');
		expect(text).toContain('bell gone');
	});

	it('holds a 10,000-character paragraph whole', async () => {
		const long = 'x'.repeat(10_000);
		const text = await bodyText(
			await docxBlob({ title: 't', footer: 'f', blocks: [{ kind: 'paragraph', text: long }] })
		);
		expect(text).toContain(long);
	});
});

/**
 * Writing DOCX files, the only importer of `docx` (load this module with a dynamic import, so the
 * writer stays out of the first route). Renders the plain document model: every user text becomes
 * a text run (the library escapes it as XML text), line breaks become breaks, and characters XML
 * cannot hold are dropped, so whatever was typed opens in Word as the text it is.
 */
import {
	AlignmentType,
	BorderStyle,
	Document,
	Footer,
	HeadingLevel,
	Packer,
	PageBreak,
	PageNumber,
	Paragraph,
	ShadingType,
	Table,
	TableCell,
	TableRow,
	TextRun,
	WidthType
} from 'docx';
import { DOCX_MIME, xmlSafe, type DocBlock, type DocModel } from './doc-model';

const HEADINGS = {
	1: HeadingLevel.HEADING_1,
	2: HeadingLevel.HEADING_2,
	3: HeadingLevel.HEADING_3
} as const;

/** Text runs for one paragraph: each line of the text, with a break between lines. */
function runs(text: string, options: { bold?: boolean; italics?: boolean } = {}): TextRun[] {
	return xmlSafe(text)
		.replace(/\r\n?/g, '\n')
		.split('\n')
		.map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : undefined, ...options }));
}

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '999999' };

function table(header: readonly string[], rows: readonly (readonly string[])[]): Table {
	const row = (cells: readonly string[], head: boolean) =>
		new TableRow({
			tableHeader: head,
			children: header.map(
				(_, i) =>
					new TableCell({
						children: [new Paragraph({ children: runs(cells[i] ?? '', { bold: head }) })],
						shading: head ? { type: ShadingType.CLEAR, fill: 'E8ECF2', color: 'auto' } : undefined,
						borders: { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER }
					})
			)
		});
	return new Table({
		width: { size: 100, type: WidthType.PERCENTAGE },
		rows: [row(header, true), ...rows.map((r) => row(r, false))]
	});
}

function render(b: DocBlock): Array<Paragraph | Table> {
	switch (b.kind) {
		case 'heading':
			return [new Paragraph({ heading: HEADINGS[b.level], children: runs(b.text) })];
		case 'paragraph':
			return [new Paragraph({ children: runs(b.text), spacing: { after: 120 } })];
		case 'note':
			return [
				new Paragraph({
					children: runs(b.text, { italics: true }),
					border: { left: { style: BorderStyle.SINGLE, size: 12, color: '4A6FA5', space: 8 } },
					spacing: { before: 120, after: 120 }
				})
			];
		case 'bullets':
			return b.items.map((item) => new Paragraph({ children: runs(item), bullet: { level: 0 } }));
		case 'table':
			return [table(b.header, b.rows), new Paragraph({ children: [] })];
		case 'pageBreak':
			return [new Paragraph({ children: [new PageBreak()] })];
	}
}

/** The document as a DOCX Blob, with the footer text and page numbers on every page. */
export async function docxBlob(doc: DocModel): Promise<Blob> {
	const document = new Document({
		title: xmlSafe(doc.title),
		creator: 'SOC 2 readiness app',
		styles: { default: { document: { run: { font: 'Calibri', size: 22 } } } },
		sections: [
			{
				footers: {
					default: new Footer({
						children: [
							new Paragraph({
								alignment: AlignmentType.CENTER,
								children: [
									new TextRun({ text: `${xmlSafe(doc.footer)} · page `, size: 16 }),
									new TextRun({ children: [PageNumber.CURRENT], size: 16 })
								]
							})
						]
					})
				},
				children: doc.blocks.flatMap(render)
			}
		]
	});
	const blob = await Packer.toBlob(document);
	return blob.type === DOCX_MIME ? blob : new Blob([blob], { type: DOCX_MIME });
}

/**
 * A plain document model for the editable exports (policies, the system description): headings,
 * paragraphs, lists and tables of plain text. The Markdown and DOCX writers both render it, so
 * the two files always say the same thing. User text is only ever a text value here, never markup.
 */

export type DocBlock =
	| { kind: 'heading'; level: 1 | 2 | 3; text: string }
	| { kind: 'paragraph'; text: string }
	/** A paragraph set apart: a status line, a disclaimer. */
	| { kind: 'note'; text: string }
	| { kind: 'bullets'; items: readonly string[] }
	| { kind: 'table'; header: readonly string[]; rows: readonly (readonly string[])[] }
	/** Starts the next block on a new page (DOCX); a rule in Markdown. */
	| { kind: 'pageBreak' };

export interface DocModel {
	/** The document title (DOCX core properties, the first heading). */
	title: string;
	blocks: readonly DocBlock[];
	/** Shown in the DOCX footer with the page number. */
	footer: string;
}

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const MARKDOWN_MIME = 'text/markdown;charset=utf-8';

/**
 * Characters XML 1.0 cannot hold at all (C0 controls but tab and newlines, lone surrogates,
 * U+FFFE/U+FFFF). A DOCX holding one does not open in Word, so they are dropped from every text.
 */
/* eslint-disable no-control-regex -- these control characters are what the pattern removes */
const NOT_XML =
	/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/* eslint-enable no-control-regex */

export function xmlSafe(text: string): string {
	return text.replace(NOT_XML, '');
}

/**
 * The blocks drawn as text: headings, paragraphs, bullet lists, tinted callouts and the large
 * overall score with its level.
 */
import type { Block, Tone } from './model';
import { COLOR, MARGIN, SIZE, TEXT_WIDTH, TONE_COLOR, TONE_FILL, lineHeight } from './pdf-style';
import type { PdfWriter } from './pdf-writer';

type Of<K extends Block['kind']> = Extract<Block, { kind: K }>;

export function drawHeading(w: PdfWriter, b: Of<'heading'>): void {
	// Keeps a heading with at least the first lines of what follows it.
	w.ensure(lineHeight(SIZE.heading) + 20);
	w.y += 2;
	w.lines(b.text, SIZE.heading, { bold: true, color: COLOR.accent });
	w.y += 1.5;
}

export function drawParagraph(w: PdfWriter, b: Of<'paragraph'>): void {
	w.lines(b.text, SIZE.body, { color: b.muted ? COLOR.muted : COLOR.text });
	w.y += 2.5;
}

export function drawBullets(w: PdfWriter, b: Of<'bullets'>): void {
	for (const item of b.items) {
		w.ensure(lineHeight(SIZE.body));
		w.font(SIZE.body);
		w.pdf.text('•', MARGIN.left + 1, w.y, { baseline: 'top' });
		w.lines(item, SIZE.body, { indent: 5 });
		w.y += 0.8;
	}
	w.y += 2;
}

/** Text on a light tint with a bar in the tone's colour, kept on one page. */
export function drawCallout(w: PdfWriter, text: string, tone: Tone): void {
	const { pdf } = w;
	w.font(SIZE.body);
	const lines = pdf.splitTextToSize(text, TEXT_WIDTH - 9) as string[];
	const lh = lineHeight(SIZE.body);
	const h = lines.length * lh + 5;
	w.ensure(h);
	pdf.setFillColor(TONE_FILL[tone]);
	pdf.rect(MARGIN.left, w.y, TEXT_WIDTH, h, 'F');
	pdf.setFillColor(TONE_COLOR[tone]);
	pdf.rect(MARGIN.left, w.y, 1.2, h, 'F');
	lines.forEach((line, i) =>
		pdf.text(line, MARGIN.left + 5, w.y + 2.5 + i * lh, { baseline: 'top' })
	);
	w.y += h + 3;
}

/** The score in large type in its own colour, followed by its level on a pill in the level's. */
export function drawScore(w: PdfWriter, b: Of<'score'>): void {
	const { pdf } = w;
	w.ensure(30);
	w.lines(b.label, SIZE.small, { color: COLOR.muted });
	w.font(SIZE.score, true, TONE_COLOR[b.tone]);
	pdf.text(b.value, MARGIN.left, w.y, { baseline: 'top' });
	const width = pdf.getTextWidth(b.value);
	w.font(10, true, COLOR.white);
	const bw = pdf.getTextWidth(b.level) + 6;
	pdf.setFillColor(TONE_COLOR[b.levelTone]);
	pdf.roundedRect(MARGIN.left + width + 5, w.y + 4.5, bw, 7, 3.5, 3.5, 'F');
	pdf.text(b.level, MARGIN.left + width + 8, w.y + 8, { baseline: 'middle' });
	w.y += lineHeight(SIZE.score) + 2;
}

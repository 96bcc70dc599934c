/**
 * The report's embedded font: Noto Sans Regular and Bold (SIL Open Font License, from the
 * @expo-google-fonts/noto-sans package; see static/fonts/README.md). Vite emits the .ttf files as
 * hashed assets, which the service worker precaches, so exporting works offline. They are
 * fetched only when a report is exported, and once per session.
 */
import boldUrl from '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf?url';
import regularUrl from '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf?url';
import { PRINT_FONT_FAMILY } from '$lib/charts/palette';

export interface ReportFonts {
	/** Base64 of each TrueType file, as jsPDF's virtual file system takes it. */
	regular: string;
	bold: string;
}

/** Base64 of bytes, in chunks so large files never overflow the argument list. */
export function toBase64(bytes: Uint8Array): string {
	let binary = '';
	const CHUNK = 0x8000;
	for (let i = 0; i < bytes.length; i += CHUNK)
		binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
	return btoa(binary);
}

async function fetchFont(url: string): Promise<string> {
	const res = await fetch(url);
	if (!res.ok) throw new Error(`The report font could not be loaded (${res.status}).`);
	return toBase64(new Uint8Array(await res.arrayBuffer()));
}

let cached: Promise<ReportFonts> | null = null;

/** Loads both font files (from the precache when offline). */
export function loadReportFonts(): Promise<ReportFonts> {
	cached ??= Promise.all([fetchFont(regularUrl), fetchFont(boldUrl)]).then(
		([regular, bold]) => ({ regular, bold }),
		(e: unknown) => {
			cached = null;
			throw e;
		}
	);
	return cached;
}

const fromBase64 = (b64: string): Uint8Array<ArrayBuffer> =>
	Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));

let registered: Promise<void> | null = null;

/**
 * Adds the report font to the page's font set under PRINT_FONT_FAMILY, so the charts Chart.js
 * draws for the PDF use the same Noto Sans as the PDF's text. Once per session; both weights are
 * loaded before the first chart is drawn (a canvas does not wait for a font).
 */
export function registerChartFont(fonts: ReportFonts): Promise<void> {
	registered ??= (async () => {
		const faces = [
			new FontFace(PRINT_FONT_FAMILY, fromBase64(fonts.regular), { weight: '400' }),
			new FontFace(PRINT_FONT_FAMILY, fromBase64(fonts.bold), { weight: '700' })
		];
		for (const f of faces) document.fonts.add(await f.load());
	})().catch((e: unknown) => {
		registered = null;
		throw e;
	});
	return registered;
}

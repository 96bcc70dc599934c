/**
 * Text rules shared by the roster import and the access review: how names and emails are
 * compared, and which cells look like spreadsheet formulas. The CSV export neutralises formulas
 * in src/lib/files/csv.ts (`neutraliseCell`); the domain may not import files, so the same
 * character set is repeated here and a test pins the two together.
 */
import { cleanText } from '../assessments/assessment';

export { cleanText };

/** Characters that make Excel, LibreOffice or Google Sheets treat a cell as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;
/** A cell our own export neutralised: an apostrophe before a formula character. */
const NEUTRALISED = /^'[=+\-@\t\r]/;

/** True when a spreadsheet would run the text as a formula if it were written out as is. */
export function looksLikeFormula(value: string): boolean {
	return FORMULA_START.test(value);
}

/** Undoes the export's apostrophe so a file exported here and imported again keeps its text. */
export function unneutralise(value: string): string {
	return NEUTRALISED.test(value) ? value.slice(1) : value;
}

/**
 * A name as compared: Unicode NFKC (so a full-width or composed letter equals its plain form),
 * lower case, single spaces. Accents are kept: "René" and "Rene" may be two people.
 */
export function normaliseName(value: string): string {
	return cleanText(value.normalize('NFKC')).toLocaleLowerCase('en');
}

/** An email as compared: trimmed, lower case (mailbox names are case-insensitive in practice). */
export function normaliseEmail(value: string): string {
	return value.trim().toLowerCase();
}

/** A plausible single email address; not full RFC 5322, which no HR export needs. */
export function isEmail(value: string): boolean {
	return /^[^\s@<>()",;:]+@[^\s@<>()",;:]+\.[^\s@<>()",;:.]{2,}$/.test(value);
}

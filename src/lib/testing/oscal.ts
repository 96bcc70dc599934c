/**
 * Test support for the OSCAL exports: a predictable UUID source, and a validator that reads the
 * written JSON back against our own schemas (tests/fixtures/oscal) with ajv, a second parser that
 * shares no code with the exporter. Imported only by tests.
 */
import { readFileSync } from 'node:fs';
import { Ajv, type ErrorObject } from 'ajv';
import addFormatsModule from 'ajv-formats';

/** ajv-formats is CommonJS: under Node's ESM loader its function sits on `default`. */
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule })
	.default ?? addFormatsModule) as typeof addFormatsModule;

export type OscalSchema = 'catalog' | 'assessment-results';

/** A version 4 UUID in the shape RFC 4122 gives it. */
export const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** Version 4 UUIDs counted up from 1, so a document built twice is the same. */
export function uuidSequence(): () => string {
	let n = 0;
	return () => {
		n += 1;
		const hex = n.toString(16).padStart(12, '0');
		return `00000000-0000-4000-8000-${hex}`;
	};
}

const ajv = new Ajv({ allErrors: true, strict: true });
addFormats(ajv);
const validators = new Map<OscalSchema, ReturnType<typeof ajv.compile>>();

function validator(kind: OscalSchema) {
	let v = validators.get(kind);
	if (!v) {
		const schema = JSON.parse(
			readFileSync(`tests/fixtures/oscal/oscal-${kind}.schema.json`, 'utf8')
		) as object;
		v = ajv.compile(schema);
		validators.set(kind, v);
	}
	return v;
}

/** The schema's complaints about the file's text, as readable lines ([] when it is valid). */
export function schemaErrors(kind: OscalSchema, json: string): string[] {
	const v = validator(kind);
	if (v(JSON.parse(json))) return [];
	return (v.errors ?? []).slice(0, 20).map((e: ErrorObject) => `${e.instancePath} ${e.message}`);
}

/** Undoes Markdown's backslash escapes, as a Markdown reader would (CommonMark: ASCII punctuation). */
export function unescapeMarkdown(text: string): string {
	return text.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

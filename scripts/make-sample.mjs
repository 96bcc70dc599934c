// Writes tests/fixtures/sample-assessment.json, a backup holding the sample assessment (see
// scripts/sample-entry.ts). Run after catalog or format changes: `node scripts/make-sample.mjs`.
import { writeFileSync } from 'node:fs';
import { loadTs } from '../bench/node-bundle.mjs';

const mod = await loadTs('scripts/sample-entry.ts', 'sample');
writeFileSync('tests/fixtures/sample-assessment.json', mod.build() + '\n');
console.log('Wrote tests/fixtures/sample-assessment.json');

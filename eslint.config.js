import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

/** Layer boundaries (see docs/architecture.md): which folders may import which heavy libraries. */
const DEXIE = { name: 'dexie', message: 'Only src/lib/db imports dexie: use a repository.' };
const JSPDF = [
	{ name: 'jspdf', message: 'Only src/lib/report imports jspdf (lazily).' },
	{ name: 'jspdf-autotable', message: 'Only src/lib/report imports jspdf-autotable (lazily).' }
];
const CHART = { name: 'chart.js', message: 'Only src/lib/charts imports chart.js.' };
const POUCH_MESSAGE = 'Only src/lib/sync imports PouchDB (lazily, so the first route stays small).';
const POUCH = [
	{ name: 'pouchdb-browser', message: POUCH_MESSAGE },
	{ name: 'pouchdb', message: POUCH_MESSAGE }
];
const POUCH_PATTERN = { group: ['pouchdb-*'], message: POUCH_MESSAGE };
const CHART_PATTERN = { group: ['chart.js/*'], message: 'Only src/lib/charts imports chart.js.' };
const PURE_PATTERNS = [
	{
		group: ['svelte', 'svelte/*', '$app/*'],
		message: 'Domain and catalog code stays framework-free.'
	},
	CHART_PATTERN
];

/**
 * Our own layers (see docs/architecture.md): which folders of src/lib a folder may not import.
 * Test support ($lib/testing) is for tests only, never for production code.
 */
const LAYERS = [
	'catalog',
	'domain',
	'files',
	'db',
	'sync',
	'state',
	'charts',
	'report',
	'components'
];
const MAY_IMPORT = {
	catalog: [],
	domain: ['catalog'],
	files: ['catalog', 'domain'],
	db: ['catalog', 'domain', 'files'],
	sync: ['catalog', 'domain', 'files', 'db'],
	state: ['catalog', 'domain', 'files', 'db', 'sync'],
	charts: ['catalog', 'domain'],
	report: ['catalog', 'domain', 'charts', 'files'],
	components: ['catalog', 'domain', 'files', 'db', 'sync', 'state', 'charts']
};
const TESTING = {
	group: ['$lib/testing', '$lib/testing/*'],
	message: 'Test fixtures and bench helpers are for tests only.'
};
function layerPatterns(layer) {
	const banned = LAYERS.filter((l) => l !== layer && !MAY_IMPORT[layer].includes(l));
	return banned.length === 0
		? []
		: [
				{
					group: banned.flatMap((l) => [`$lib/${l}`, `$lib/${l}/*`]),
					message: `src/lib/${layer} may import only ${MAY_IMPORT[layer].map((l) => `$lib/${l}`).join(', ') || 'its own files'} (docs/architecture.md).`
				}
			];
}

const restrict = (paths, patterns = []) => ({
	'no-restricted-imports': ['error', { paths, patterns }]
});

/** npm libraries each folder may not import. */
const NPM_BANS = {
	default: [
		[DEXIE, ...JSPDF, CHART, ...POUCH],
		[CHART_PATTERN, POUCH_PATTERN]
	],
	db: [
		[...JSPDF, CHART, ...POUCH],
		[CHART_PATTERN, POUCH_PATTERN]
	],
	sync: [[DEXIE, ...JSPDF, CHART], [CHART_PATTERN]],
	report: [
		[DEXIE, CHART, ...POUCH],
		[CHART_PATTERN, POUCH_PATTERN]
	],
	charts: [[DEXIE, ...JSPDF, ...POUCH], [POUCH_PATTERN]],
	domain: [
		[DEXIE, ...JSPDF, CHART, ...POUCH],
		[...PURE_PATTERNS, POUCH_PATTERN]
	],
	catalog: [
		[DEXIE, ...JSPDF, CHART, ...POUCH],
		[...PURE_PATTERNS, POUCH_PATTERN]
	]
};
const TEST_FILES = ['src/**/*.test.ts', 'src/lib/testing/**'];

/** One block per folder (a later block replaces an earlier one's list, so each is complete). */
function boundaries() {
	const [paths, patterns] = NPM_BANS.default;
	const blocks = [
		{ files: ['src/**'], ignores: TEST_FILES, rules: restrict(paths, [...patterns, TESTING]) }
	];
	for (const layer of LAYERS) {
		const [p, pat] = NPM_BANS[layer] ?? NPM_BANS.default;
		const files = [`src/lib/${layer}/**`];
		// Tests may reach across layers (an integration test of backups drives the database).
		blocks.push({ files, rules: restrict(p, pat) });
		blocks.push({
			files,
			ignores: TEST_FILES,
			rules: restrict(p, [...pat, ...layerPatterns(layer), TESTING])
		});
	}
	return blocks;
}

export default ts.config(
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: {
			globals: {
				...globals.browser,
				...globals.node,
				__APP_VERSION__: 'readonly',
				__SYNC_ORIGIN__: 'readonly'
			}
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		rules: {
			'@typescript-eslint/no-explicit-any': 'error',
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_' }
			],
			'svelte/no-at-html-tags': 'error',
			'svelte/no-navigation-without-resolve': 'off',
			// Maps and Dates built inside $derived computations are temporaries, not state: the rule
			// cannot tell them apart, and wrapping them in SvelteMap would add needless tracking.
			'svelte/prefer-svelte-reactivity': 'off'
		}
	},
	// Everything outside the layer that owns a library may not import it; layers import downwards.
	...boundaries(),
	// One write path: only src/lib/db/write.ts opens read-write transactions and drives the
	// save indicator; repositories call `write`.
	{
		files: ['src/**/*.ts', 'src/**/*.svelte'],
		ignores: ['src/lib/db/write.ts', 'src/**/*.test.ts', 'src/lib/testing/**'],
		rules: {
			'no-restricted-syntax': [
				'error',
				{
					selector: "CallExpression[callee.property.name='transaction'][arguments.0.value='rw']",
					message: 'Writes go through write() in src/lib/db/write.ts.'
				},
				{
					selector: "CallExpression[callee.property.name='run'][callee.object.name='saveState']",
					message: 'Writes go through write() in src/lib/db/write.ts, which drives saveState.'
				}
			]
		}
	},
	{
		ignores: [
			'build/',
			'.svelte-kit/',
			'node_modules/',
			'test-results/',
			'playwright-report/',
			'bench/out/',
			'static/'
		]
	}
);

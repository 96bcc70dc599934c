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
const CHART_PATTERN = { group: ['chart.js/*'], message: 'Only src/lib/charts imports chart.js.' };
const PURE_PATTERNS = [
	{
		group: ['svelte', 'svelte/*', '$app/*'],
		message: 'Domain and catalog code stays framework-free.'
	},
	CHART_PATTERN
];

const restrict = (paths, patterns = []) => ({
	'no-restricted-imports': ['error', { paths, patterns }]
});

export default ts.config(
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: {
			globals: { ...globals.browser, ...globals.node, __APP_VERSION__: 'readonly' }
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
	// Everything outside the layer that owns a library may not import it.
	{ files: ['src/**'], rules: restrict([DEXIE, ...JSPDF, CHART], [CHART_PATTERN]) },
	{ files: ['src/lib/db/**'], rules: restrict([...JSPDF, CHART], [CHART_PATTERN]) },
	{ files: ['src/lib/report/**'], rules: restrict([DEXIE, CHART], [CHART_PATTERN]) },
	{ files: ['src/lib/charts/**'], rules: restrict([DEXIE, ...JSPDF]) },
	{
		files: ['src/lib/domain/**', 'src/lib/catalog/**'],
		rules: restrict([DEXIE, ...JSPDF, CHART], PURE_PATTERNS)
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

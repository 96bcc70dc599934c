// Runs the scale benches of bench/*.scale.ts under Vitest (the app's code with its Svelte rune
// modules and an in-memory IndexedDB, as the unit tests run it). Used by bench/backup-scale.mjs.
import base from '../vite.config.ts';

export default {
	...base,
	test: { ...base.test, include: ['bench/**/*.scale.ts'] }
};

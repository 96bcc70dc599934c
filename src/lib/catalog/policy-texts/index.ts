/** Every catalog policy's starting text, in one list (loaded lazily by state/policy-templates.ts). */
import { TEXTS_1 } from './texts-1';
import { TEXTS_2 } from './texts-2';
import { TEXTS_3 } from './texts-3';
import { TEXTS_4 } from './texts-4';
import { TEXTS_5 } from './texts-5';
import { TEXTS_6 } from './texts-6';
import type { PolicyTemplate } from './types';

export const POLICY_TEMPLATES: readonly PolicyTemplate[] = [
	...TEXTS_1,
	...TEXTS_2,
	...TEXTS_3,
	...TEXTS_4,
	...TEXTS_5,
	...TEXTS_6
];

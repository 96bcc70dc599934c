import type { Control } from '../types';

export const CONTROLS_OPERATIONS = [] as const satisfies readonly Control[];

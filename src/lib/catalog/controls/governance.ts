import type { Control } from '../types';

export const CONTROLS_GOVERNANCE = [] as const satisfies readonly Control[];

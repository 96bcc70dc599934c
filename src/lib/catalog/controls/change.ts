import type { Control } from '../types';

export const CONTROLS_CHANGE = [] as const satisfies readonly Control[];

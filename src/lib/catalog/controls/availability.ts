import type { Control } from '../types';

export const CONTROLS_AVAILABILITY = [] as const satisfies readonly Control[];

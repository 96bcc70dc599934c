import type { Control } from '../types';

export const CONTROLS_PROCESSING = [] as const satisfies readonly Control[];

import type { Control } from '../types';

export const CONTROLS_PRIVACY = [] as const satisfies readonly Control[];

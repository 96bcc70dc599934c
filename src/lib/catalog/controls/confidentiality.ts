import type { Control } from '../types';

export const CONTROLS_CONFIDENTIALITY = [] as const satisfies readonly Control[];

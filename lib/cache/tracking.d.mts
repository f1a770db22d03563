// Types of tracking.mjs.
export function isTrackingParam(name: string): boolean;
export function withoutTracking(target: string): string;

// Types of member-hint.mjs.
export const MEMBER_HINT_COOKIE: string;
export const MEMBER_HINT_SCRIPT: string;

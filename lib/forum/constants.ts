// The forum's fixed lists and sizes, without zod: client components import them from here, so a
// thread's browser bundle does not carry the validation library (schemas.ts re-exports them).

export const REACTIONS = ["like", "thanks", "idea", "support"] as const;
export type ReactionKind = (typeof REACTIONS)[number];

export const FLAG_REASONS = ["SPAM", "OFFENSIVE", "OFF_TOPIC", "OTHER"] as const;

/** Posts per page of a thread: page k holds post numbers ((k-1)·PAGE_SIZE, k·PAGE_SIZE]. */
export const POSTS_PER_PAGE = 20;
export const TOPICS_PER_PAGE = 30;

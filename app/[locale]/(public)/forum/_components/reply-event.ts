// Posts ask the thread's reply form to reply to them or quote them through a DOM event. Kept apart
// from reply-form.tsx, which holds the editor: a post's buttons must not pull the editor in.

export type QuoteRequest = { postId: string; number: number; authorName: string; authorId: string | null; text: string; quote: boolean };

export const REPLY_EVENT = "forum:reply";

export function requestReply(detail: QuoteRequest) {
  window.dispatchEvent(new CustomEvent<QuoteRequest>(REPLY_EVENT, { detail }));
}

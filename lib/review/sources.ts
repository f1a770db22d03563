import "server-only";
// Every feature's review source, imported for its side effect (registerReviewSource).
import "@/lib/practices/review-source";

export { countReviewQueue, listReviewQueue, reviewsAnything } from "./registry";

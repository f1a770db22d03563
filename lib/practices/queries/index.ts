// The only place that reads case studies and adoptions. Readers get the published copy
// (livePracticeWhere); authors get their organisation's working copies (writableWhere in the
// `where`); reviewers get any submission. Everything returned is a plain object.
// Import from "@/lib/practices/queries".
export * from "./list";
export * from "./reading";
export * from "./authors";
export * from "./adoptions";
export * from "./organisations";
export * from "./figures";
export * from "./open-data";
export * from "./notifications";
export { type TranslationState, translationState, type PracticeCard } from "./shared";
export { FACETS } from "@/lib/practices/schemas";

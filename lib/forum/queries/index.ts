// Everything the forum's pages read, by concern. Import from "@/lib/forum/queries".
export * from "./categories";
export * from "./members";
export * from "./moderation";
export * from "./settings";
export * from "./shared";
export * from "./thread";
export * from "./topics";

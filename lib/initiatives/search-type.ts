export const INITIATIVE_SEARCH_TYPE = "initiative";

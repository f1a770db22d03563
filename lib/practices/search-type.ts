/** The search-index type of published case studies. */
export const SEARCH_TYPE = "practice";

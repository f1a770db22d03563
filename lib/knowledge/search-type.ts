/** The search-index type of knowledge-hub pages. */
export const SEARCH_TYPE = "knowledge_page";

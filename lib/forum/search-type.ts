export const FORUM_SEARCH_TYPE = "forum_post";

/** The search-index types of the training area (a course's text; a lesson). */
export const COURSE_SEARCH_TYPE = "course";
export const LESSON_SEARCH_TYPE = "lesson";

// The knowledge index shows each section's page tree, up to a bound: a knowledge base of
// 100,000 pages made a 30 MB index page whose every render held the server for seconds (and
// every visitor's browser prefetches the index through the header's link). Beyond the bound the
// index says how many pages it leaves out and links to the section in search, which pages.

/** Pages (at any depth) the index lists per section, in reading order (listKnowledgeTree). */
export const INDEX_PAGES_PER_SECTION = 100;

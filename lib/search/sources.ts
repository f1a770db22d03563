// Every feature's search source, imported for its side effect (registerSearchSource). The indexer
// (started from instrumentation.ts) and the search:reindex / search:check commands import this
// file; a type without a source here is never indexed (its outbox rows wait).
import "@/lib/knowledge/search-source";
import "@/lib/forum/search-source";
import "@/lib/initiatives/search-source";
import "@/lib/courses/search-source";
import "@/lib/practices/search-source";

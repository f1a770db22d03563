import type { DiffBlock, DiffPart } from "@/lib/knowledge/diff";
import { sanitizeRichHtml } from "@/lib/rich-text/sanitize";

type Labels = { added: string; removed: string; addedStart: string; addedEnd: string; removedStart: string; removedEnd: string };

/**
 * Stored revision HTML, shown as the reader sees it (tables, images). It was sanitised when it
 * was saved; cut into blocks, it is sanitised again here, and heading ids are dropped (the same
 * heading may appear twice in a diff).
 */
function blockHtml(html: string): { __html: string } {
  return { __html: sanitizeRichHtml(html).replace(/<(h[1-6]) id="[^"]*">/g, "<$1>") };
}

/**
 * One block of a revision diff. Changes are never told by colour alone: whole blocks carry a
 * visible "Added"/"Removed" label, words are underlined (ins) or struck through (del), and screen
 * readers hear where each change starts and ends.
 */
export function DiffBlockView({ block, labels }: { block: DiffBlock; labels: Labels }) {
  if (block.kind === "changed") {
    const Tag = (["p", "h2", "h3", "h4"].includes(block.tag) ? block.tag : "div") as "p" | "h2" | "h3" | "h4" | "div";
    return (
      <Tag className={Tag === "div" ? "whitespace-pre-wrap" : undefined}>
        {block.parts.map((part, i) => (
          <Part key={i} part={part} labels={labels} />
        ))}
      </Tag>
    );
  }
  if (block.kind === "same") {
    // biome-ignore lint/security/noDangerouslySetInnerHtml: sanitised rich-text HTML (see blockHtml)
    return <div className="diff-same" dangerouslySetInnerHTML={blockHtml(block.html)} />;
  }
  const added = block.kind === "added";
  const Tag = added ? "ins" : "del";
  return (
    <div className={added ? "diff-block diff-block-added" : "diff-block diff-block-removed"}>
      <p className="diff-label">{added ? labels.added : labels.removed}</p>
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: sanitised rich-text HTML (see blockHtml) */}
      <Tag className="block" dangerouslySetInnerHTML={blockHtml(block.html)} />
    </div>
  );
}

function Part({ part, labels }: { part: DiffPart; labels: Labels }) {
  if (part.kind === "same") return <>{part.text}</>;
  const added = part.kind === "added";
  const Tag = added ? "ins" : "del";
  return (
    <Tag className={added ? "diff-ins" : "diff-del"}>
      <span className="sr-only">{added ? labels.addedStart : labels.removedStart} </span>
      {part.text}
      <span className="sr-only"> {added ? labels.addedEnd : labels.removedEnd}</span>
    </Tag>
  );
}

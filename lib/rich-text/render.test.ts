import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { JSONContent } from "@tiptap/core";
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { emptyDoc, htmlToRichText, RICH_TEXT_MAX_BYTES, RICH_TEXT_MAX_NODES, renderRichText } from "./render";
import { sanitizeRichHtml } from "./sanitize";

// ─── helpers ─────────────────────────────────────────────────────────────────────────────────

const text = (value: string, marks?: JSONContent["marks"]): JSONContent => ({ type: "text", text: value, ...(marks ? { marks } : {}) });
const paragraph = (...content: JSONContent[]): JSONContent => ({ type: "paragraph", content });
const heading = (level: number, value: string): JSONContent => ({ type: "heading", attrs: { level }, content: [text(value)] });
const link = (value: string, attrs: Record<string, unknown>): JSONContent => text(value, [{ type: "link", attrs }]);
const image = (attrs: Record<string, unknown>): JSONContent => ({ type: "image", attrs });
const doc = (...content: JSONContent[]): JSONContent => ({ type: "doc", content });
const cell = (type: "tableHeader" | "tableCell", value: string): JSONContent => ({ type, content: [paragraph(text(value))] });

function expectInvalid(run: () => unknown) {
  let error: unknown;
  try {
    run();
  } catch (caught) {
    error = caught;
  }
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe("INVALID");
  expect((error as AppError).messageKey).toBe("errors.richTextInvalid");
}

const ALLOWED_ATTRIBUTES: Record<string, string[]> = {
  h2: ["id"],
  h3: ["id"],
  h4: ["id"],
  ol: ["start"],
  a: ["href", "rel", "download"],
  img: ["src", "alt", "title"],
  th: ["colspan", "rowspan"],
  td: ["colspan", "rowspan"],
  aside: ["data-callout", "class", "role"],
  p: ["class", "data-attachment-id"],
  span: ["class"],
};
const ALLOWED_TAGS = new Set([
  ...Object.keys(ALLOWED_ATTRIBUTES),
  ...["strong", "em", "s", "u", "code", "pre", "blockquote", "ul", "li", "hr", "br", "table", "thead", "tbody", "tr"],
]);
const ALLOWED_CLASSES = new Set(["callout", "callout-note", "callout-tip", "callout-warning", "file-attachment", "file-meta"]);

function decode(value: string): string {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(Number.parseInt(n, 16)))
    .replace(/&amp;/g, "&");
}

/**
 * The invariants of stored HTML. Sanitised output escapes "<" in text and ">" in attribute values,
 * so every "<…>" is a real tag and can be read with a regular expression.
 */
function expectSafeHtml(html: string) {
  expect(html).not.toMatch(/<script/i);
  expect(html).not.toMatch(/<\/?(iframe|object|embed|svg|math|style|form|input|meta|link|base)\b/i);
  const tags = html.match(/<[^>]*>/g) ?? [];
  expect(tags.length).toBe((html.match(/</g) ?? []).length);
  for (const tag of tags) {
    if (tag.startsWith("</")) {
      expect(tag).toMatch(/^<\/[a-z0-9]+>$/);
      continue;
    }
    const match = /^<([a-z0-9]+)((?:\s[a-z-]+(?:="[^"<>]*")?)*)\s*\/?>$/.exec(tag);
    expect(match, `malformed tag ${tag}`).not.toBeNull();
    const [, name, rawAttributes] = match!;
    expect(ALLOWED_TAGS.has(name), `tag ${name}`).toBe(true);
    for (const [, attribute, raw = ""] of rawAttributes.matchAll(/\s([a-z-]+)(?:="([^"]*)")?/g)) {
      const value = decode(raw);
      expect(attribute).not.toMatch(/^on/i);
      expect(ALLOWED_ATTRIBUTES[name] ?? [], `${name}[${attribute}]`).toContain(attribute);
      // biome-ignore lint/suspicious/noControlCharactersInRegex: browsers ignore these inside a scheme
      expect(value.replace(/[\s\u0000-\u001f]/g, "")).not.toMatch(/^(javascript|vbscript|data):/i);
      if (attribute === "src") expect(value).toMatch(/^\/api\/files\/[A-Za-z0-9_-]/);
      if (attribute === "href") expect(value).toMatch(/^(https?:\/\/[^/\\]|mailto:|\/(?![/\\]))/i);
      if (attribute === "class") for (const name of value.split(" ")) expect(ALLOWED_CLASSES.has(name), `class ${name}`).toBe(true);
      if (attribute === "rel") expect(value).toBe("noopener noreferrer nofollow");
    }
  }
}

describe("expectSafeHtml (the invariant the XSS tests rely on)", () => {
  it.each([
    '<a href="javascript:alert(1)">x</a>',
    '<p onclick="x">x</p>',
    '<img src="https://evil.example/x.png" />',
    '<p class="evil">x</p>',
    "<script>alert(1)</script>",
    '<a href="//evil.example" rel="noopener noreferrer nofollow">x</a>',
  ])("rejects %s", (html) => {
    expect(() => expectSafeHtml(html)).toThrow();
  });
});

// ─── round trip ──────────────────────────────────────────────────────────────────────────────

describe("renderRichText", () => {
  const guide = doc(
    heading(2, "Sadarbība ar pašvaldību"),
    paragraph(
      text("Read the "),
      link("city guide", { href: "https://riga.example/guide" }),
      text(" or "),
      link("our page", { href: "/lv/practices" }),
    ),
    heading(3, "Партнерство з громадою"),
    {
      type: "table",
      content: [
        { type: "tableRow", content: [cell("tableHeader", "Day"), cell("tableHeader", "Time")] },
        {
          type: "tableRow",
          content: [
            cell("tableCell", "Monday"),
            { type: "tableCell", attrs: { colspan: 1, rowspan: 2 }, content: [paragraph(text("10:00"))] },
          ],
        },
      ],
    },
    { type: "callout", attrs: { tone: "tip" }, content: [paragraph(text("Bring your ID card."))] },
    image({ src: "/api/files/abc", alt: "Library entrance", title: null }),
    { type: "fileAttachment", attrs: { id: "file_1", name: "Guide.pdf", size: 1_234_567, mimeType: "application/pdf" } },
    heading(2, "Sadarbība ar pašvaldību"),
  );

  it("renders a document with every node type into the expected HTML and table of contents", () => {
    const rendered = renderRichText(guide);

    expect(rendered.headings).toEqual([
      { id: "sadarbība-ar-pašvaldību", text: "Sadarbība ar pašvaldību", level: 2 },
      { id: "партнерство-з-громадою", text: "Партнерство з громадою", level: 3 },
      { id: "sadarbība-ar-pašvaldību-2", text: "Sadarbība ar pašvaldību", level: 2 },
    ]);
    const html = rendered.html;
    expect(html).toContain('<h2 id="sadarbība-ar-pašvaldību">Sadarbība ar pašvaldību</h2>');
    expect(html).toContain('<h3 id="партнерство-з-громадою">Партнерство з громадою</h3>');
    expect(html).toContain('<h2 id="sadarbība-ar-pašvaldību-2">');
    expect(html).toContain('<a href="https://riga.example/guide" rel="noopener noreferrer nofollow">city guide</a>');
    expect(html).toContain('<a href="/lv/practices" rel="noopener noreferrer nofollow">our page</a>');
    expect(html).toContain("<table><tbody><tr><th><p>Day</p></th><th><p>Time</p></th></tr>");
    expect(html).toContain('<td rowspan="2"><p>10:00</p></td>');
    expect(html).toContain('<aside data-callout="tip" class="callout callout-tip" role="note"><p>Bring your ID card.</p></aside>');
    expect(html).toContain('<img src="/api/files/abc" alt="Library entrance" />');
    expect(html).toContain(
      '<p class="file-attachment" data-attachment-id="file_1"><a href="/api/files/file_1" rel="noopener noreferrer nofollow" download="">Guide.pdf</a> <span class="file-meta">PDF · 1.2 MB</span></p>',
    );
    expect(html).not.toMatch(/style=|colgroup|target=/);
    expectSafeHtml(html);

    expect(rendered.text.split("\n")).toContain("Bring your ID card.");
    expect(rendered.text).toContain("Guide.pdf");
    expect(rendered.words).toBe(rendered.text.split(/\s+/).length);
    expect(rendered.readingMinutes).toBe(1);
    // Sanitising is idempotent: what is stored survives a second pass unchanged.
    expect(sanitizeRichHtml(html)).toBe(html);
  });

  it("parses its own HTML back into the same document (htmlToRichText)", () => {
    const first = renderRichText(guide);
    const again = renderRichText(htmlToRichText(first.html));
    expect(again.html).toBe(first.html);
    expect(again.headings).toEqual(first.headings);
  });

  it("counts words in any script and rounds reading time at 200 words a minute", () => {
    const words = Array.from({ length: 500 }, (_, i) => (i % 2 ? "pašvaldība" : "громада")).join(" ");
    const rendered = renderRichText(doc(paragraph(text(words))));
    expect(rendered.words).toBe(500);
    expect(rendered.readingMinutes).toBe(3);
    expect(renderRichText(emptyDoc())).toMatchObject({ html: "<p></p>", text: "", words: 0, readingMinutes: 1, headings: [] });
  });

  it("gives every heading an id, clamps levels to h2–h4 and leaves empty headings out of the contents", () => {
    const rendered = renderRichText(
      doc(heading(1, "Title?!"), heading(6, "Deep"), { type: "heading", attrs: { level: 2 } }, heading(4, "🙂")),
    );
    expect(rendered.html).toBe('<h2 id="title">Title?!</h2><h4 id="deep">Deep</h4><h2 id="section"></h2><h4 id="section-2">🙂</h4>');
    expect(rendered.headings.map((h) => [h.id, h.level])).toEqual([
      ["title", 2],
      ["deep", 4],
      ["section-2", 4],
    ]);
  });

  it("drops code-block languages, list types, cell widths and foreign attributes from the stored JSON", () => {
    const rendered = renderRichText(
      doc(
        { type: "codeBlock", attrs: { language: 'js" onclick="alert(1)' }, content: [text("let a = 1 < 2;")] },
        { type: "orderedList", attrs: { start: 3, type: "I" }, content: [{ type: "listItem", content: [paragraph(text("three"))] }] },
        image({ src: "/api/files/abc", width: 9999, style: "position:fixed", onerror: "alert(1)" }),
      ),
    );
    expect(rendered.html).toBe(
      '<pre><code>let a = 1 &lt; 2;</code></pre><ol start="3"><li><p>three</p></li></ol><img src="/api/files/abc" />',
    );
    expect(JSON.stringify(rendered.json)).not.toMatch(/onclick|onerror|position|"js|"I"/);
  });
});

// ─── XSS ─────────────────────────────────────────────────────────────────────────────────────

const TEXT_PAYLOADS = [
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  '"><svg onload=alert(1)>',
  "</p><iframe src=javascript:alert(1)>",
  '<a href="javascript:alert(1)">x</a>',
  "&lt;script&gt;alert(1)&lt;/script&gt;",
  "{{constructor.constructor('alert(1)')()}}",
];

// Classic filter-evasion payloads (OWASP XSS cheat sheet style).
const CLASSIC_PAYLOADS = [
  "<IMG SRC=\"javascript:alert('XSS');\">",
  "<IMG SRC=JaVaScRiPt:alert('XSS')>",
  "<IMG SRC=`javascript:alert(\"RSnake says, 'XSS'\")`>",
  '<IMG """><SCRIPT>alert("XSS")</SCRIPT>">',
  "<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#39;&#88;&#83;&#83;&#39;&#41;>",
  "<IMG SRC=\"jav&#x09;ascript:alert('XSS');\">",
  "<IMG SRC=\" &#14;  javascript:alert('XSS');\">",
  '<SCRIPT/XSS SRC="http://xss.rocks/xss.js"></SCRIPT>',
  '<BODY onload!#$%&()*~+-_.,:;?@[/|\\]^`=alert("XSS")>',
  '<<SCRIPT>alert("XSS");//<</SCRIPT>',
  "<iframe src=http://xss.rocks/scriptlet.html <",
  "\\\";alert('XSS');//",
  '</TITLE><SCRIPT>alert("XSS");</SCRIPT>',
  '<INPUT TYPE="IMAGE" SRC="javascript:alert(\'XSS\');">',
  "<svg/onload=alert('XSS')>",
  "<STYLE>@import'http://xss.rocks/xss.css';</STYLE>",
  '<META HTTP-EQUIV="refresh" CONTENT="0;url=javascript:alert(\'XSS\');">',
  "<TABLE BACKGROUND=\"javascript:alert('XSS')\">",
  "<DIV STYLE=\"background-image: url(javascript:alert('XSS'))\">",
  '<a href="jav&#x0D;ascript:alert(1)">x</a>',
  "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
  "<form><button formaction=javascript:alert(1)>x</button></form>",
  "<details open ontoggle=alert(1)>",
  '<a href="https://ok.example" onmouseover="alert(1)">x</a>',
  '<img src="/api/files/abc" onerror="alert(1)">',
  '"><img src=/api/files/abc onerror=alert(1)>',
];

const BAD_HREFS = [
  "javascript:alert(1)",
  "JaVaScRiPt:alert(1)",
  " javascript:alert(1)",
  "\u0001javascript:alert(1)",
  "java\tscript:alert(1)",
  "&#106;avascript:alert(1)",
  "&#x6A;avascript:alert(1)",
  "javascript&colon;alert(1)",
  "data:text/html,<script>alert(1)</script>",
  "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
  "vbscript:msgbox(1)",
  "//evil.example/",
  "/\\evil.example/",
  "\\\\evil.example",
  "file:///etc/passwd",
  "https://",
  "tel:+37100000000",
];

const BAD_SRCS = [
  "javascript:alert(1)",
  "data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+PC9zdmc+",
  "data:image/png;base64,iVBORw0KGgo=",
  "https://evil.example/x.png",
  "//evil.example/x.png",
  "/api/files/../../admin",
  '/api/files/abc" onerror="alert(1)',
  "/api/filesx/abc",
  " /api/files/abc",
  "x",
];

describe("renderRichText against XSS", () => {
  it.each(TEXT_PAYLOADS)("escapes text payload %s", (payload) => {
    const rendered = renderRichText(doc(paragraph(text(payload)), heading(2, payload)));
    expectSafeHtml(rendered.html);
    expect(rendered.text).toContain(payload);
    if (payload.startsWith("<script>")) expect(rendered.html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    if (payload.startsWith("<img")) expect(rendered.html).toContain("&lt;img src=x onerror=alert(1)&gt;");
  });

  it.each(BAD_HREFS)("drops the link but keeps its text for href %j", (href) => {
    const rendered = renderRichText(doc(paragraph(text("before "), link("click", { href }), text(" after"))));
    expect(rendered.html).toBe("<p>before click after</p>");
    expect(JSON.stringify(rendered.json)).not.toContain('"link"');
  });

  it.each(BAD_SRCS)("removes an image whose src is %j", (src) => {
    const rendered = renderRichText(doc(paragraph(text("a")), image({ src, alt: "x" }), { type: "callout", content: [image({ src })] }));
    expect(rendered.html).toBe('<p>a</p><aside data-callout="note" class="callout callout-note" role="note"><p></p></aside>');
    expectSafeHtml(rendered.html);
  });

  it("ignores onclick, style, class and target given to a link through JSON attributes", () => {
    const rendered = renderRichText(
      doc(
        paragraph(
          link("site", {
            href: "https://ok.example",
            onclick: "alert(1)",
            style: "color:red",
            class: "evil",
            target: "_blank",
            rel: "opener",
            title: "t",
          }),
        ),
      ),
    );
    expect(rendered.html).toBe('<p><a href="https://ok.example" rel="noopener noreferrer nofollow">site</a></p>');
    expectSafeHtml(rendered.html);
  });

  it("normalises an injected callout tone and refuses injected attachment ids", () => {
    const rendered = renderRichText(
      doc(
        { type: "callout", attrs: { tone: 'note" onmouseover="alert(1)' }, content: [paragraph(text("hi"))] },
        { type: "fileAttachment", attrs: { id: 'x" onclick="alert(1)', name: "a.pdf" } },
        { type: "fileAttachment", attrs: { id: "ok", name: "<script>alert(1)</script>", size: -1, mimeType: 'text/html"><script>' } },
      ),
    );
    expect(rendered.html).toBe(
      '<aside data-callout="note" class="callout callout-note" role="note"><p>hi</p></aside>' +
        '<p class="file-attachment" data-attachment-id="ok"><a href="/api/files/ok" rel="noopener noreferrer nofollow" download="">&lt;script&gt;alert(1)&lt;/script&gt;</a> <span class="file-meta">FILE</span></p>',
    );
    expectSafeHtml(rendered.html);
  });

  it("keeps a corpus of classic payloads inert as text, link href, image src and raw HTML", () => {
    expectPayloadsInert([...CLASSIC_PAYLOADS, ...TEXT_PAYLOADS, ...BAD_HREFS, ...BAD_SRCS]);
  });

  const wordlist = findXssWordlist();
  it.skipIf(!wordlist)(`keeps every payload of wfuzz's XSS.txt inert (${wordlist ?? "not installed"})`, () => {
    const payloads = readFileSync(wordlist!, "utf8")
      .split(/\r?\n/)
      .filter((line) => line.trim() !== "");
    expect(payloads.length).toBeGreaterThan(10);
    expectPayloadsInert(payloads);
  });
});

/** Each payload as a text node, a link href and an image src/alt, then as raw HTML for the sanitiser. */
function expectPayloadsInert(payloads: string[]) {
  for (const payload of payloads) {
    const rendered = renderRichText(
      doc(paragraph(text(payload)), paragraph(link("link", { href: payload })), image({ src: payload, alt: payload, title: payload })),
    );
    expectSafeHtml(rendered.html);
    expect(rendered.html).not.toContain("<img");
    if (!/^(https?:\/\/|mailto:|\/)/i.test(payload.trim())) expect(rendered.html).not.toContain("<a");
    expectSafeHtml(sanitizeRichHtml(payload));
    expectSafeHtml(sanitizeRichHtml(`<p><a href="${payload}">x</a><img src="${payload}" alt='${payload}'></p>`));
  }
}

function findXssWordlist(): string | null {
  const known = ["/usr/share/wfuzz/wordlist/Injections/XSS.txt", "/usr/lib/python3/dist-packages/wfuzz/wordlist/Injections/XSS.txt"];
  for (const file of known) if (existsSync(file)) return file;
  for (const root of ["/usr/share/wfuzz", "/usr/lib/python3/dist-packages/wfuzz"]) {
    if (!existsSync(root)) continue;
    const found = readdirSync(root, { recursive: true, encoding: "utf8" }).find((entry) => path.basename(entry) === "XSS.txt");
    if (found) return path.join(root, found);
  }
  return null;
}

// ─── invalid documents ───────────────────────────────────────────────────────────────────────

describe("renderRichText refuses invalid documents", () => {
  it.each([
    ["a string", "<p>hi</p>"],
    ["null", null],
    ["an array", [doc(paragraph(text("x")))]],
    ["a number", 42],
    ["an unknown node type", doc({ type: "iframe", attrs: { src: "https://evil.example" } })],
    ["an unknown mark", doc(paragraph(text("x", [{ type: "fontFamily" }])))],
    [
      "a table inside a paragraph",
      doc({ type: "paragraph", content: [{ type: "table", content: [{ type: "tableRow", content: [cell("tableCell", "x")] }] }] }),
    ],
    ["text directly in the document", doc(text("loose"))],
    ["an empty text node", doc(paragraph(text("")))],
    ["a paragraph as the root", paragraph(text("x"))],
    ["content that is not an array", { type: "doc", content: { type: "paragraph" } }],
    ["a node without a type", doc({ content: [] } as JSONContent)],
    ["a code mark combined with bold", doc(paragraph(text("x", [{ type: "code" }, { type: "bold" }])))],
  ])("refuses %s", (_, input) => {
    expectInvalid(() => renderRichText(input));
  });

  it("refuses documents over 1 MiB as too large, with their own message (not as invalid)", () => {
    const atLimit = "x".repeat(RICH_TEXT_MAX_BYTES - JSON.stringify(doc(paragraph(text("")))).length);
    expect(renderRichText(doc(paragraph(text(atLimit)))).text).toHaveLength(atLimit.length);
    let error: unknown;
    try {
      renderRichText(doc(paragraph(text(`${atLimit}x`))));
    } catch (caught) {
      error = caught;
    }
    expect(error).toMatchObject({ code: "TOO_LARGE", messageKey: "errors.documentTooLarge" });
  });

  it("refuses documents over 20 000 nodes", () => {
    const small = doc(...Array.from({ length: 100 }, () => ({ type: "horizontalRule" })));
    expect(renderRichText(small).html).toContain("<hr />");
    expectInvalid(() => renderRichText(doc(...Array.from({ length: RICH_TEXT_MAX_NODES }, () => ({ type: "horizontalRule" })))));
  });

  it("refuses absurdly deep nesting and cycles", () => {
    let deep: JSONContent = paragraph(text("deep"));
    for (let i = 0; i < 500; i++) deep = { type: "blockquote", content: [deep] };
    expectInvalid(() => renderRichText(doc(deep)));
    const cyclic: Record<string, unknown> = { type: "doc" };
    cyclic.content = [cyclic];
    expectInvalid(() => renderRichText(cyclic));
  });
});

// ─── sanitizeRichHtml alone ──────────────────────────────────────────────────────────────────

describe("sanitizeRichHtml", () => {
  it.each([
    ['<a href="javascript:x" target=_blank class=evil>t</a>', "t"],
    ['<a href="JaVaScRiPt:x">t</a>', "t"],
    ['<a href="&#106;avascript:alert(1)">t</a>', "t"],
    ['<a href=" &#x0A;javascript:alert(1)">t</a>', "t"],
    ['<a href="//evil.example">t</a>', "t"],
    ['<a href="/\\evil.example">t</a>', "t"],
    [
      '<a href="https://ok.example" target="_blank" class="evil" onclick="x" rel="opener">t</a>',
      '<a href="https://ok.example" rel="noopener noreferrer nofollow">t</a>',
    ],
    ['<a href="https://ok.example" download>t</a>', '<a href="https://ok.example" rel="noopener noreferrer nofollow">t</a>'],
    ["<svg><script>alert(1)</script><text>svg text</text></svg>ok", "ok"],
    ['<iframe src="https://evil.example">inside</iframe>ok', "ok"],
    ["<object data=x>inside</object><style>p{}</style><script>alert(1)</script>ok", "ok"],
    ['<img src="/api/files/x" onerror="alert(1)" srcset="https://evil.example/a.png 2x" style="width:1px">', '<img src="/api/files/x" />'],
    ['<img src="https://evil.example/x.png">', ""],
    ['<img src="data:image/svg+xml;base64,PHN2Zz4=">', ""],
    ['<div onclick="x"><p style="color:red" class="lead">text</p></div>', "<p>text</p>"],
    ['<h2 id="a&quot; onclick=&quot;x" onclick="x">T</h2>', "<h2>T</h2>"],
    ["<h1>Title</h1><h5>x</h5>", "Titlex"],
    [
      '<aside data-callout="danger" class="callout evil" onclick="x"><p>c</p></aside>',
      '<aside data-callout="note" class="callout callout-note" role="note"><p>c</p></aside>',
    ],
    ['<p class="file-attachment" data-attachment-id="a&quot;b">x</p>', "<p>x</p>"],
    [
      '<p class="file-attachment lead" data-attachment-id="f1" onclick="x">x</p>',
      '<p class="file-attachment" data-attachment-id="f1">x</p>',
    ],
    ['<span class="file-meta evil" style="x">m</span>', '<span class="file-meta">m</span>'],
    ['<td colspan="2" rowspan="x" width="3">c</td>', '<td colspan="2">c</td>'],
    ['<ol start="3" type="a"><li>x</li></ol>', '<ol start="3"><li>x</li></ol>'],
    ['<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>ok', "ok"],
    ["<textarea><script>alert(1)</script></textarea>ok", "ok"],
  ])("%s → %s", (input, expected) => {
    const output = sanitizeRichHtml(input);
    expect(output).toBe(expected);
    expectSafeHtml(output);
  });
});

describe("table header cells", () => {
  it("stores a header cell without text as an ordinary cell", () => {
    const cell = (type: string, text?: string) => ({
      type,
      content: [{ type: "paragraph", content: text ? [{ type: "text", text }] : [] }],
    });
    const doc = {
      type: "doc",
      content: [{ type: "table", content: [{ type: "tableRow", content: [cell("tableHeader", "Name"), cell("tableHeader")] }] }],
    };
    const { html } = renderRichText(doc);
    expect(html).toContain("<th");
    expect(html.match(/<th/g)).toHaveLength(1);
    expect(html).toContain("<td");
  });
});

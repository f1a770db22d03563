import { existsSync, readFileSync } from "node:fs";

// Payloads go through the real autosave action (the request the editor sends, replayed with
// a hostile document), are published, and must render inert for a visitor.
const WFUZZ = ["/usr/share/wfuzz/wordlist/Injections/XSS.txt", "/usr/lib/python3/dist-packages/wfuzz/wordlist/Injections/XSS.txt"].find(
  existsSync,
);
const wfuzzLines = WFUZZ
  ? readFileSync(WFUZZ, "utf8")
      .split("\n")
      .filter((l) => l.trim())
      .slice(0, 400)
  : [];

const text = (t: string) => ({ type: "text", text: t });
const link = (href: string, label: string) => ({
  type: "text",
  text: label,
  marks: [{ type: "link", attrs: { href, target: "_blank", class: "evil", onclick: "alert(1)" } }],
});
export const PAYLOADS = [
  "<script>alert(1)</script>",
  '<img src=x onerror="alert(1)">',
  '"><svg onload=alert(1)>',
  "javascript:alert(1)",
  ...wfuzzLines,
];

export function hostileDocument() {
  return {
    type: "doc",
    content: [
      ...PAYLOADS.map((p) => ({ type: "paragraph", content: [text(p)] })),
      {
        type: "paragraph",
        content: [
          link("javascript:alert(1)", "js link"),
          text(" "),
          link("JaVaScRiPt:alert(1)", "mixed case"),
          text(" "),
          link("data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==", "data link"),
          text(" "),
          link(" javascript:alert(1)", "spaced"),
          ...PAYLOADS.slice(4).map((p, i) => link(p, `wfuzz ${i}`)),
        ],
      },
      { type: "image", attrs: { src: "javascript:alert(1)", alt: "x" } },
      { type: "image", attrs: { src: "data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+", alt: "svg" } },
      { type: "image", attrs: { src: "https://evil.example/x.png", alt: "remote", onerror: "alert(1)" } },
      ...PAYLOADS.slice(4).map((p) => ({ type: "image", attrs: { src: p, alt: p } })),
      { type: "callout", attrs: { tone: 'note" onmouseover="alert(1)' }, content: [{ type: "paragraph", content: [text("boxed")] }] },
    ],
  };
}

import { Node } from "@tiptap/core";

export type FileAttachmentAttrs = {
  /** The stored upload's id: the file is served from /api/files/<id>. */
  id: string;
  name: string;
  /** Bytes. */
  size: number | null;
  mimeType: string | null;
};

const ATTACHMENT_ID = /^[A-Za-z0-9_-]{1,100}$/;
const MIME_TYPE = /^[a-z0-9][a-z0-9!#$&^_.+-]{0,126}\/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}$/i;

export function isAttachmentId(value: unknown): value is string {
  return typeof value === "string" && ATTACHMENT_ID.test(value);
}

export function isMimeType(value: unknown): value is string {
  return typeof value === "string" && MIME_TYPE.test(value);
}

export function fileUrl(id: string): string {
  return `/api/files/${encodeURIComponent(id)}`;
}

const MIME_LABELS: Record<string, string> = {
  "application/pdf": "PDF",
  "application/msword": "DOC",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "DOCX",
  "application/vnd.ms-excel": "XLS",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "XLSX",
  "application/vnd.ms-powerpoint": "PPT",
  "application/vnd.openxmlformats-officedocument.presentationml.presentation": "PPTX",
  "application/vnd.oasis.opendocument.text": "ODT",
  "application/vnd.oasis.opendocument.spreadsheet": "ODS",
  "application/vnd.oasis.opendocument.presentation": "ODP",
  "application/zip": "ZIP",
  "text/plain": "TXT",
  "text/csv": "CSV",
};

/** "PDF", "DOCX"…: from the MIME type, else the file name's extension, else "FILE". */
export function fileTypeLabel(mimeType: string | null | undefined, name: string | null | undefined): string {
  const known = mimeType ? MIME_LABELS[mimeType.toLowerCase()] : undefined;
  if (known) return known;
  const extension = /\.([A-Za-z0-9]{1,8})$/.exec(name ?? "")?.[1];
  if (extension) return extension.toUpperCase();
  const subtype = mimeType?.split("/")[1];
  return subtype && /^[a-z0-9]{1,8}$/i.test(subtype) ? subtype.toUpperCase() : "FILE";
}

/** Decimal units ("1.2 MB"): the stored HTML is the same for every locale, so it uses digits and a dot. */
export function formatFileSize(bytes: number | null | undefined): string | null {
  if (typeof bytes !== "number" || !Number.isFinite(bytes) || bytes < 0) return null;
  if (bytes < 1000) return `${Math.round(bytes)} B`;
  const units = ["kB", "MB", "GB", "TB"];
  let value = bytes;
  let unit = -1;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  const rounded = value < 10 ? Math.round(value * 10) / 10 : Math.round(value);
  return `${rounded} ${units[unit]}`;
}

function parseFileSize(text: string): number | null {
  const match = /([\d.]+)\s*(B|kB|KB|MB|GB|TB)\b/.exec(text);
  if (!match) return null;
  const factor = { B: 1, kB: 1e3, KB: 1e3, MB: 1e6, GB: 1e9, TB: 1e12 }[match[2]] ?? 1;
  const value = Number.parseFloat(match[1]);
  return Number.isFinite(value) ? Math.round(value * factor) : null;
}

declare module "@tiptap/core" {
  interface Commands<ReturnType> {
    fileAttachment: {
      /** Insert a download link to an uploaded file as its own block. */
      insertFileAttachment: (attributes: FileAttachmentAttrs) => ReturnType;
    };
  }
}

/** A download link to one of our uploads, with its type and size, as one block. */
export const FileAttachment = Node.create({
  name: "fileAttachment",
  group: "block",
  atom: true,
  selectable: true,
  draggable: true,

  addAttributes() {
    return {
      id: { default: null, rendered: false },
      name: { default: null, rendered: false },
      size: { default: null, rendered: false },
      mimeType: { default: null, rendered: false },
    };
  },

  parseHTML() {
    return [
      {
        tag: "p[data-attachment-id]",
        // Before the paragraph rule, which would otherwise take every <p>.
        priority: 60,
        getAttrs: (element) => {
          const id = element.getAttribute("data-attachment-id");
          if (!isAttachmentId(id)) return false;
          const link = element.querySelector("a");
          const meta = element.querySelector(".file-meta");
          return {
            id,
            name: link?.textContent?.trim() || id,
            size: meta?.textContent ? parseFileSize(meta.textContent) : null,
            mimeType: null,
          };
        },
      },
    ];
  },

  renderHTML({ node }) {
    const id = isAttachmentId(node.attrs.id) ? node.attrs.id : "";
    const name = typeof node.attrs.name === "string" && node.attrs.name ? node.attrs.name : id;
    const meta = [fileTypeLabel(node.attrs.mimeType, name), formatFileSize(node.attrs.size)].filter(Boolean).join(" · ");
    return [
      "p",
      { class: "file-attachment", "data-attachment-id": id },
      ["a", { href: fileUrl(id), download: "" }, name],
      " ",
      ["span", { class: "file-meta" }, meta],
    ];
  },

  renderText({ node }) {
    return typeof node.attrs.name === "string" ? node.attrs.name : "";
  },

  addCommands() {
    return {
      insertFileAttachment:
        (attributes) =>
        ({ commands }) => {
          if (!isAttachmentId(attributes.id)) return false;
          return commands.insertContent({
            type: this.name,
            attrs: {
              id: attributes.id,
              name: attributes.name,
              size: attributes.size,
              mimeType: isMimeType(attributes.mimeType) ? attributes.mimeType : null,
            },
          });
        },
    };
  },
});

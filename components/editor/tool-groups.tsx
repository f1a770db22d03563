"use client";

import type { Editor } from "@tiptap/react";
import {
  BetweenHorizontalEnd,
  BetweenVerticalEnd,
  ImagePlus,
  Info,
  Italic,
  Lightbulb,
  Link as LinkIcon,
  List,
  ListOrdered,
  Paperclip,
  Pencil,
  Redo2,
  Table as TableIcon,
  TextQuote,
  Trash,
  TriangleExclamationPoint,
  Undo2,
  Unlink,
  X,
} from "lucide-react";
import { useTranslations } from "next-intl";
import { type ReactNode, useCallback } from "react";
import { type CalloutTone, HEADING_LEVELS, type HeadingLevel } from "@/lib/rich-text/extensions";

// What the toolbar offers: the formatting groups, and the tools for what the cursor is in (link,
// image, table, callout) with visible labels. ./toolbar.tsx lays them out.

export type ToolbarState = {
  heading: HeadingLevel | null;
  bold: boolean;
  italic: boolean;
  bulletList: boolean;
  orderedList: boolean;
  blockquote: boolean;
  link: boolean;
  image: boolean;
  table: boolean;
  calloutTone: CalloutTone | null;
  canUndo: boolean;
  canRedo: boolean;
};

export function selectToolbarState({ editor }: { editor: Editor | null }): ToolbarState | null {
  if (!editor) return null;
  return {
    heading: HEADING_LEVELS.find((level) => editor.isActive("heading", { level })) ?? null,
    bold: editor.isActive("bold"),
    italic: editor.isActive("italic"),
    bulletList: editor.isActive("bulletList"),
    orderedList: editor.isActive("orderedList"),
    blockquote: editor.isActive("blockquote"),
    link: editor.isActive("link"),
    image: editor.isActive("image"),
    table: editor.isActive("table"),
    calloutTone: editor.isActive("callout") ? ((editor.getAttributes("callout").tone as CalloutTone | undefined) ?? "note") : null,
    canUndo: editor.can().undo(),
    canRedo: editor.can().redo(),
  };
}

export type Tool = {
  id: string;
  label: string;
  icon?: ReactNode;
  onClick: () => void;
  pressed?: boolean;
  disabled?: boolean;
  /** aria-keyshortcuts */
  keys?: string;
  /** Show the label next to the icon (contextual tools). */
  showLabel?: boolean;
  tone?: "danger";
};

export type ToolGroup = { id: string; label: string; prefix?: string; tools: Tool[] };

export type ToolActions = {
  onLink: () => void;
  onRemoveLink: () => void;
  /** Opens the image file picker. */
  onImage: () => void;
  /** Edits the alternative text of the image under the cursor. */
  onImageAlt: () => void;
  /** Opens the document file picker. */
  onAttachment: () => void;
  attachmentBusy: boolean;
};

/** The toolbar's groups for the editor's current state (compact: the forum's few tools). */
export function useToolGroups(
  editor: Editor | null,
  state: ToolbarState | null,
  compact: boolean,
  { onLink, onRemoveLink, onImage, onImageAlt, onAttachment, attachmentBusy }: ToolActions,
): { groups: ToolGroup[]; contextGroups: ToolGroup[] } {
  const t = useTranslations("editor");
  const run = useCallback(
    (command: (chain: ReturnType<Editor["chain"]>) => ReturnType<Editor["chain"]>) => {
      if (editor) command(editor.chain().focus()).run();
    },
    [editor],
  );

  const chooseCallout = (tone: CalloutTone) =>
    run((c) =>
      state?.calloutTone === tone
        ? c.unsetCallout()
        : state?.calloutTone
          ? c.updateAttributes("callout", { tone })
          : c.setCallout({ tone }),
    );

  const off = !editor;
  const groups: ToolGroup[] = [
    {
      id: "text",
      label: t("groups.text"),
      tools: [
        {
          id: "bold",
          label: t("bold"),
          icon: <BoldIcon />,
          pressed: state?.bold ?? false,
          disabled: off,
          keys: "Control+B Meta+B",
          onClick: () => run((c) => c.toggleBold()),
        },
        {
          id: "italic",
          label: t("italic"),
          icon: <Italic aria-hidden size={18} />,
          pressed: state?.italic ?? false,
          disabled: off,
          keys: "Control+I Meta+I",
          onClick: () => run((c) => c.toggleItalic()),
        },
        {
          id: "link",
          label: t("link"),
          icon: <LinkIcon aria-hidden size={18} />,
          pressed: state?.link ?? false,
          disabled: off,
          keys: "Control+K Meta+K",
          onClick: onLink,
        },
      ],
    },
    {
      id: "lists",
      label: t("groups.lists"),
      tools: [
        {
          id: "bulletList",
          label: t("bulletList"),
          icon: <List aria-hidden size={18} />,
          pressed: state?.bulletList ?? false,
          disabled: off,
          onClick: () => run((c) => c.toggleBulletList()),
        },
        {
          id: "orderedList",
          label: t("orderedList"),
          icon: <ListOrdered aria-hidden size={18} />,
          pressed: state?.orderedList ?? false,
          disabled: off,
          onClick: () => run((c) => c.toggleOrderedList()),
        },
        {
          id: "blockquote",
          label: t("blockquote"),
          icon: <TextQuote aria-hidden size={18} />,
          pressed: state?.blockquote ?? false,
          disabled: off,
          onClick: () => run((c) => c.toggleBlockquote()),
        },
      ],
    },
  ];
  if (!compact) {
    groups.push(
      {
        id: "insert",
        label: t("groups.insert"),
        tools: [
          {
            id: "image",
            label: t("image"),
            icon: <ImagePlus aria-hidden size={18} />,
            disabled: off,
            onClick: onImage,
          },
          {
            id: "attachment",
            label: t("attachment"),
            icon: <Paperclip aria-hidden size={18} />,
            disabled: off || attachmentBusy,
            onClick: onAttachment,
          },
          {
            id: "table",
            label: t("table"),
            icon: <TableIcon aria-hidden size={18} />,
            disabled: off || (state?.table ?? false),
            onClick: () => run((c) => c.insertTable({ rows: 3, cols: 3, withHeaderRow: true })),
          },
        ],
      },
      {
        id: "callout",
        label: t("groups.callout"),
        tools: [
          { tone: "note" as const, label: t("calloutNote"), icon: <Info aria-hidden size={18} /> },
          { tone: "tip" as const, label: t("calloutTip"), icon: <Lightbulb aria-hidden size={18} /> },
          { tone: "warning" as const, label: t("calloutWarning"), icon: <TriangleExclamationPoint aria-hidden size={18} /> },
        ].map(({ tone, label, icon }) => ({
          id: `callout-${tone}`,
          label,
          icon,
          pressed: state?.calloutTone === tone,
          disabled: off,
          onClick: () => chooseCallout(tone),
        })),
      },
    );
  }
  groups.push({
    id: "history",
    label: t("groups.history"),
    tools: [
      {
        id: "undo",
        label: t("undo"),
        icon: <Undo2 aria-hidden size={18} />,
        disabled: !state?.canUndo,
        keys: "Control+Z Meta+Z",
        onClick: () => run((c) => c.undo()),
      },
      {
        id: "redo",
        label: t("redo"),
        icon: <Redo2 aria-hidden size={18} />,
        disabled: !state?.canRedo,
        keys: "Control+Shift+Z Meta+Shift+Z",
        onClick: () => run((c) => c.redo()),
      },
    ],
  });

  // Tools for what the cursor is in, with visible labels.
  const contextGroups: ToolGroup[] = [];
  if (state?.link)
    contextGroups.push({
      id: "ctx-link",
      label: t("link"),
      tools: [
        { id: "editLink", label: t("editLink"), icon: <Pencil aria-hidden size={16} />, showLabel: true, onClick: onLink },
        { id: "removeLink", label: t("removeLink"), icon: <Unlink aria-hidden size={16} />, showLabel: true, onClick: onRemoveLink },
      ],
    });
  if (state?.image)
    contextGroups.push({
      id: "ctx-image",
      label: t("imageAlt"),
      tools: [
        {
          id: "imageAlt",
          label: t("imageAlt"),
          icon: <Pencil aria-hidden size={16} />,
          showLabel: true,
          onClick: onImageAlt,
        },
      ],
    });
  if (state?.table)
    contextGroups.push({
      id: "ctx-table",
      label: t("tableLabel"),
      prefix: t("tableLabel"),
      tools: [
        {
          id: "addRow",
          label: t("addRow"),
          icon: <BetweenHorizontalEnd aria-hidden size={16} />,
          showLabel: true,
          onClick: () => run((c) => c.addRowAfter()),
        },
        { id: "deleteRow", label: t("deleteRow"), showLabel: true, onClick: () => run((c) => c.deleteRow()) },
        {
          id: "addColumn",
          label: t("addColumn"),
          icon: <BetweenVerticalEnd aria-hidden size={16} />,
          showLabel: true,
          onClick: () => run((c) => c.addColumnAfter()),
        },
        { id: "deleteColumn", label: t("deleteColumn"), showLabel: true, onClick: () => run((c) => c.deleteColumn()) },
        {
          id: "deleteTable",
          label: t("deleteTable"),
          icon: <Trash aria-hidden size={16} />,
          showLabel: true,
          tone: "danger",
          onClick: () => run((c) => c.deleteTable()),
        },
      ],
    });
  if (state?.calloutTone && !compact)
    contextGroups.push({
      id: "ctx-callout",
      label: t("calloutLabel"),
      prefix: t("calloutLabel"),
      tools: [
        {
          id: "removeCallout",
          label: t("removeCallout"),
          icon: <X aria-hidden size={16} />,
          showLabel: true,
          onClick: () => run((c) => c.unsetCallout()),
        },
      ],
    });

  return { groups, contextGroups };
}

function BoldIcon() {
  return (
    <svg
      aria-hidden
      width={18}
      height={18}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={2.5}
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d="M6 12h9a4 4 0 0 1 0 8H7a1 1 0 0 1-1-1V5a1 1 0 0 1 1-1h7a4 4 0 0 1 0 8" />
    </svg>
  );
}

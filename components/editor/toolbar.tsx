"use client";

import type { Editor } from "@tiptap/react";
import { useTranslations } from "next-intl";
import { type KeyboardEvent, useRef, useState } from "react";
import { controlClasses } from "@/components/ui/field";
import { HEADING_LEVELS, type HeadingLevel } from "@/lib/rich-text/extensions";
import { cn } from "@/lib/utils";
import { type Tool, type ToolActions, type ToolbarState, type ToolGroup, useToolGroups } from "./tool-groups";

// The editor's toolbar: the text-style select, the formatting groups and, on a second row, the
// tools for what the cursor is in. One Tab stop (plus the select); arrow keys, Home and End move
// between buttons (roving tabindex).

export function EditorToolbar({
  editor,
  state,
  controls,
  locale,
  compact,
  ...actions
}: {
  editor: Editor | null;
  state: ToolbarState | null;
  /** Id of the editable element (aria-controls, once it exists). */
  controls: string;
  locale: string;
  compact: boolean;
} & ToolActions) {
  const t = useTranslations("editor");
  const { groups, contextGroups } = useToolGroups(editor, state, compact, actions);
  const off = !editor;

  // Roving tabindex: the toolbar is one Tab stop (plus the text-style select); arrows move within.
  const toolbarRef = useRef<HTMLDivElement>(null);
  const [rovingId, setRovingId] = useState("bold");
  const visibleIds = [...groups, ...contextGroups].flatMap((g) => g.tools.map((tool) => tool.id));
  const tabStop = visibleIds.includes(rovingId) ? rovingId : visibleIds[0];

  const onToolbarKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (!(event.target instanceof HTMLButtonElement)) return;
    const buttons = Array.from(toolbarRef.current?.querySelectorAll<HTMLButtonElement>("button[data-roving]") ?? []);
    const index = buttons.indexOf(event.target);
    if (index < 0) return;
    const last = buttons.length - 1;
    const next =
      event.key === "ArrowRight"
        ? index === last
          ? 0
          : index + 1
        : event.key === "ArrowLeft"
          ? index === 0
            ? last
            : index - 1
          : event.key === "Home"
            ? 0
            : event.key === "End"
              ? last
              : -1;
    if (next < 0) return;
    event.preventDefault();
    buttons[next].focus();
  };

  const renderGroup = (group: ToolGroup, index: number) => (
    // biome-ignore lint/a11y/useSemanticElements: a group of toolbar buttons, not a set of form fields
    <div
      key={group.id}
      role="group"
      aria-label={group.label}
      className={cn("flex flex-wrap items-center gap-0.5", index > 0 && "border-l border-line pl-1")}
    >
      {group.prefix && (
        <span aria-hidden className="px-1 text-sm font-medium text-muted">
          {group.prefix}
        </span>
      )}
      {group.tools.map((tool) => (
        <ToolButton key={tool.id} tool={tool} tabbable={tool.id === tabStop} onFocus={() => setRovingId(tool.id)} />
      ))}
    </div>
  );

  return (
    <div
      ref={toolbarRef}
      lang={locale}
      role="toolbar"
      aria-label={t("toolbar")}
      aria-controls={editor ? controls : undefined}
      onKeyDown={onToolbarKeyDown}
      className="sticky top-0 z-10 flex flex-col gap-1 rounded-t-md border-b border-line bg-surface px-2 py-1.5"
    >
      <div className="flex flex-wrap items-center gap-1">
        {!compact && (
          <select
            aria-label={t("blockType")}
            disabled={off}
            value={state?.heading ? String(state.heading) : "p"}
            onChange={(event) => {
              if (!editor) return;
              const value = event.target.value;
              // No focus() here: arrow keys change a select's value and must not leave it.
              if (value === "p") editor.chain().setParagraph().run();
              else
                editor
                  .chain()
                  .setHeading({ level: Number(value) as HeadingLevel })
                  .run();
            }}
            className={cn(controlClasses, "h-9 w-auto py-1 pr-8 text-sm")}
          >
            <option value="p">{t("paragraph")}</option>
            {HEADING_LEVELS.map((level) => (
              <option key={level} value={level}>
                {t(`heading${level}`)}
              </option>
            ))}
          </select>
        )}
        {groups.map(renderGroup)}
      </div>
      {contextGroups.length > 0 && (
        <div className="flex flex-wrap items-center gap-1.5 border-t border-line pt-1.5">{contextGroups.map(renderGroup)}</div>
      )}
    </div>
  );
}

function ToolButton({ tool, tabbable, onFocus }: { tool: Tool; tabbable: boolean; onFocus: () => void }) {
  return (
    <button
      type="button"
      data-roving=""
      tabIndex={tabbable ? 0 : -1}
      aria-label={tool.showLabel ? undefined : tool.label}
      title={tool.showLabel ? undefined : tool.label}
      aria-pressed={tool.pressed}
      aria-disabled={tool.disabled || undefined}
      aria-keyshortcuts={tool.keys}
      // Keep the text's selection and focus when a tool is clicked with the mouse.
      onMouseDown={(event) => event.preventDefault()}
      onFocus={onFocus}
      onClick={() => {
        if (!tool.disabled) tool.onClick();
      }}
      className={cn(
        "inline-flex h-9 min-w-8 items-center justify-center gap-1.5 rounded-md px-1.5 text-sm text-ink",
        "hover:bg-brand-50 aria-disabled:cursor-not-allowed aria-disabled:opacity-45 aria-disabled:hover:bg-transparent",
        "aria-pressed:bg-brand-100 aria-pressed:text-brand-900 aria-pressed:shadow-[inset_0_0_0_1px_var(--color-brand-700)]",
        tool.tone === "danger" && "text-danger hover:bg-danger-50",
      )}
    >
      {tool.icon}
      {tool.showLabel && <span>{tool.label}</span>}
    </button>
  );
}

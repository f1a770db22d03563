"use client";

import type { SuggestionOptions, SuggestionProps } from "@tiptap/suggestion";
import { ForumMention } from "@/lib/rich-text/forum-nodes";

export type MentionCandidate = { id: string; name: string; organisation: string | null };

type Labels = { list: string; none: string };

/**
 * The @mention node with an accessible autocomplete: a listbox under the caret, arrow keys to
 * choose, Enter or Tab to insert, Escape to close. Candidates come from /api/forum/mentions
 * (names only). Plain DOM: the popup lives outside React and ProseMirror.
 */
export function createMentionExtension(labels: Labels) {
  const suggestion: Omit<SuggestionOptions<MentionCandidate>, "editor"> = {
    char: "@",
    allowSpaces: true,
    items: async ({ query }) => {
      try {
        const response = await fetch(`/api/forum/mentions?q=${encodeURIComponent(query.slice(0, 50))}`, { credentials: "same-origin" });
        if (!response.ok) return [];
        const body = (await response.json()) as { users: MentionCandidate[] };
        return body.users;
      } catch {
        return [];
      }
    },
    render: () => {
      let list: HTMLUListElement | null = null;
      let status: HTMLDivElement | null = null;
      let props: SuggestionProps<MentionCandidate> | null = null;
      let active = 0;
      const listId = `mention-list-${Math.random().toString(36).slice(2, 8)}`;

      const choose = (index: number) => {
        const item = props?.items[index];
        if (item && props) props.command({ id: item.id, label: item.name });
      };

      const draw = () => {
        if (!list || !props || !status) return;
        const rect = props.clientRect?.();
        if (rect) {
          list.style.left = `${Math.round(rect.left + window.scrollX)}px`;
          list.style.top = `${Math.round(rect.bottom + window.scrollY + 4)}px`;
        }
        list.replaceChildren();
        props.items.forEach((item, index) => {
          const li = document.createElement("li");
          li.id = `${listId}-${index}`;
          li.setAttribute("role", "option");
          li.setAttribute("aria-selected", String(index === active));
          li.className = `mention-option${index === active ? " is-active" : ""}`;
          const name = document.createElement("span");
          name.textContent = item.name;
          li.append(name);
          if (item.organisation) {
            const org = document.createElement("span");
            org.className = "mention-org";
            org.textContent = item.organisation;
            li.append(org);
          }
          li.addEventListener("mousedown", (event) => {
            event.preventDefault();
            choose(index);
          });
          list?.append(li);
        });
        list.hidden = props.items.length === 0;
        const dom = props.editor.view.dom;
        if (props.items.length > 0) dom.setAttribute("aria-activedescendant", `${listId}-${active}`);
        else dom.removeAttribute("aria-activedescendant");
        status.textContent = props.items.length === 0 ? labels.none : props.items.map((i) => i.name).join(", ");
      };

      return {
        onStart: (p) => {
          props = p;
          active = 0;
          list = document.createElement("ul");
          list.id = listId;
          list.setAttribute("role", "listbox");
          list.setAttribute("aria-label", labels.list);
          list.className = "mention-list";
          status = document.createElement("div");
          status.className = "sr-only";
          status.setAttribute("role", "status");
          document.body.append(list, status);
          draw();
        },
        onUpdate: (p) => {
          props = p;
          active = Math.min(active, Math.max(0, p.items.length - 1));
          draw();
        },
        onKeyDown: ({ event }) => {
          if (!props || props.items.length === 0) return false;
          if (event.key === "ArrowDown") {
            active = (active + 1) % props.items.length;
            draw();
            return true;
          }
          if (event.key === "ArrowUp") {
            active = (active - 1 + props.items.length) % props.items.length;
            draw();
            return true;
          }
          if (event.key === "Enter" || event.key === "Tab") {
            choose(active);
            return true;
          }
          if (event.key === "Escape") {
            list?.setAttribute("hidden", "");
            return true;
          }
          return false;
        },
        onExit: () => {
          const dom = props?.editor.view.dom;
          dom?.removeAttribute("aria-activedescendant");
          list?.remove();
          status?.remove();
          list = null;
          status = null;
          props = null;
        },
      };
    },
  };
  return ForumMention.configure({ suggestion });
}

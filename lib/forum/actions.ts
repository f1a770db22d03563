"use server";

import { getLocale } from "next-intl/server";
import { requirePermission } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import type { ActionResult } from "@/lib/errors";
import { formFields, keepInput, parseOrThrow, runAction } from "@/lib/result";
import {
  acceptAnswerSchema,
  createTopicSchema,
  digestSchema,
  editPostSchema,
  flagSchema,
  hidePostSchema,
  markReadSchema,
  moveTopicSchema,
  postIdSchema,
  reactSchema,
  replySchema,
  settingsSchema,
  subscribeSchema,
  suspendSchema,
  topicFlagSchema,
  unsuspendSchema,
} from "./schemas";
import * as forum from "./service";

// Every action checks its own permission (and the service re-checks ownership and state in the
// same transaction as the write): calling an action directly gets the same answer as the page.

export async function createTopicAction(input: unknown): Promise<ActionResult<{ url: string }>> {
  return runAction(async () => {
    const user = await requirePermission("forum.post");
    const data = parseOrThrow(createTopicSchema, input);
    const created = await forum.createTopic(user, data, await getLocale());
    return { url: `/forum/t/${created.topicId}` };
  });
}

export async function replyAction(input: unknown): Promise<ActionResult<{ url: string; number: number }>> {
  return runAction(async () => {
    const user = await requirePermission("forum.post");
    const data = parseOrThrow(replySchema, input);
    const created = await forum.createReply(user, data, await getLocale());
    return { url: `/forum/p/${created.postId}`, number: created.number };
  });
}

export async function editPostAction(input: unknown): Promise<ActionResult<null>> {
  return runAction(async () => {
    const user = await requirePermission("forum.post");
    const data = parseOrThrow(editPostSchema, input);
    await forum.editPost(user, data);
    return null;
  });
}

export async function reactAction(input: unknown): Promise<ActionResult<{ on: boolean }>> {
  return runAction(async () => {
    const user = await requirePermission("forum.post");
    const data = parseOrThrow(reactSchema, input);
    return { on: await forum.toggleReaction(user, data.postId, data.kind) };
  });
}

export async function acceptAnswerAction(input: unknown): Promise<ActionResult<null>> {
  return runAction(async () => {
    const user = await requirePermission("forum.post");
    const data = parseOrThrow(acceptAnswerSchema, input);
    await forum.acceptAnswer(user, data.topicId, data.postId);
    return null;
  });
}

export async function subscribeAction(input: unknown): Promise<ActionResult<{ on: boolean }>> {
  return runAction(async () => {
    const user = await requirePermission("forum.post");
    const data = parseOrThrow(subscribeSchema, input);
    await forum.setSubscription(user, data, data.on);
    return { on: data.on };
  });
}

export async function flagAction(_prev: ActionResult<{ autoHidden: boolean }> | null, formData: FormData) {
  return keepInput(
    formData,
    await runAction(async () => {
      const user = await requirePermission("forum.post");
      const data = parseOrThrow(flagSchema, formFields(formData));
      return forum.flagPost(user, data);
    }),
  );
}

export async function hidePostAction(_prev: ActionResult<null> | null, formData: FormData): Promise<ActionResult<null>> {
  return keepInput(
    formData,
    await runAction(async () => {
      const user = await requirePermission("forum.moderate");
      const data = parseOrThrow(hidePostSchema, formFields(formData));
      await forum.hidePost(user, data.postId, data.reason);
      return null;
    }),
  );
}

export async function unhidePostAction(input: unknown): Promise<ActionResult<null>> {
  return runAction(async () => {
    const user = await requirePermission("forum.moderate");
    const data = parseOrThrow(postIdSchema, input);
    await forum.unhidePost(user, data.postId);
    return null;
  });
}

export async function dismissFlagsAction(input: unknown): Promise<ActionResult<null>> {
  return runAction(async () => {
    const user = await requirePermission("forum.moderate");
    const data = parseOrThrow(postIdSchema, input);
    await forum.dismissFlags(user, data.postId);
    return null;
  });
}

export async function lockTopicAction(input: unknown): Promise<ActionResult<null>> {
  return runAction(async () => {
    const user = await requirePermission("forum.moderate");
    const data = parseOrThrow(topicFlagSchema, input);
    await forum.setTopicFlag(user, data.topicId, "lock", data.on);
    return null;
  });
}

export async function pinTopicAction(input: unknown): Promise<ActionResult<null>> {
  return runAction(async () => {
    const user = await requirePermission("forum.moderate");
    const data = parseOrThrow(topicFlagSchema, input);
    await forum.setTopicFlag(user, data.topicId, "pin", data.on);
    return null;
  });
}

export async function moveTopicAction(input: unknown): Promise<ActionResult<null>> {
  return runAction(async () => {
    const user = await requirePermission("forum.moderate");
    const data = parseOrThrow(moveTopicSchema, input);
    await forum.moveTopic(user, data.topicId, data.categoryId);
    return null;
  });
}

export async function suspendAction(_prev: ActionResult<null> | null, formData: FormData): Promise<ActionResult<null>> {
  return keepInput(
    formData,
    await runAction(async () => {
      const user = await requirePermission("forum.moderate");
      const data = parseOrThrow(suspendSchema, formFields(formData));
      await forum.suspendFromForum(user, data.userId, data.days, data.reason);
      return null;
    }),
  );
}

export async function liftSuspensionAction(input: unknown): Promise<ActionResult<null>> {
  return runAction(async () => {
    const user = await requirePermission("forum.moderate");
    const data = parseOrThrow(unsuspendSchema, input);
    await forum.liftForumSuspension(user, data.userId);
    return null;
  });
}

export async function forumSettingsAction(_prev: ActionResult<null> | null, formData: FormData): Promise<ActionResult<null>> {
  return keepInput(
    formData,
    await runAction(async () => {
      const user = await requirePermission("forum.settings");
      const data = parseOrThrow(settingsSchema, formFields(formData));
      await forum.updateForumSettings(user, data);
      return null;
    }),
  );
}

export async function markNotificationsReadAction(input: unknown): Promise<ActionResult<null>> {
  return runAction(async () => {
    const user = await requirePermission("forum.post");
    const { ids } = parseOrThrow(markReadSchema, input ?? {});
    await db.notification.updateMany({
      where: { userId: user.id, readAt: null, ...(ids ? { id: { in: ids } } : {}) },
      data: { readAt: new Date() },
    });
    return null;
  });
}

export async function digestAction(input: unknown): Promise<ActionResult<{ on: boolean }>> {
  return runAction(async () => {
    const user = await requirePermission("forum.post");
    const { on } = parseOrThrow(digestSchema, input);
    await db.user.update({ where: { id: user.id }, data: { forumDigest: on } });
    return { on };
  });
}

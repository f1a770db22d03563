"use server";

import { authAction } from "@/lib/action-client";
import {
  acceptAnswerSchema,
  createTopicSchema,
  editPostSchema,
  flagSchema,
  hidePostSchema,
  moveTopicSchema,
  postIdSchema,
  reactSchema,
  replySchema,
  settingsSchema,
  subscribeSchema,
  suspendSchema,
  topicFlagSchema,
  topicReadSchema,
  unsuspendSchema,
} from "./schemas";
import * as forum from "./service";

// Every action checks its own permission through the action client, and the service re-checks
// ownership and state in the same transaction as the write: calling an action directly gets the
// same answer as the page.

const member = authAction("forum.post");
const moderator = authAction("forum.moderate");

export const createTopicAction = member.schema(createTopicSchema).action(async ({ input, user, locale }) => {
  const created = await forum.createTopic(user, input, locale);
  return { url: `/forum/t/${created.topicId}` };
});

export const replyAction = member.schema(replySchema).action(async ({ input, user, locale }) => {
  const created = await forum.createReply(user, input, locale);
  return { url: `/forum/p/${created.postId}`, number: created.number };
});

export const editPostAction = member.schema(editPostSchema).action(async ({ input, user }) => {
  await forum.editPost(user, input);
  return null;
});

export const reactAction = member
  .schema(reactSchema)
  .action(async ({ input, user }) => ({ on: await forum.toggleReaction(user, input.postId, input.kind) }));

export const acceptAnswerAction = member.schema(acceptAnswerSchema).action(async ({ input, user }) => {
  await forum.acceptAnswer(user, input.topicId, input.postId);
  return null;
});

export const subscribeAction = member.schema(subscribeSchema).action(async ({ input, user }) => {
  await forum.setSubscription(user, input, input.on);
  return { on: input.on };
});

export const flagAction = member.schema(flagSchema).formAction(({ input, user }) => forum.flagPost(user, input));

export const hidePostAction = moderator.schema(hidePostSchema).formAction(async ({ input, user }) => {
  await forum.hidePost(user, input.postId, input.reason);
  return null;
});

export const unhidePostAction = moderator.schema(postIdSchema).action(async ({ input, user }) => {
  await forum.unhidePost(user, input.postId);
  return null;
});

export const dismissFlagsAction = moderator.schema(postIdSchema).action(async ({ input, user }) => {
  await forum.dismissFlags(user, input.postId);
  return null;
});

export const lockTopicAction = moderator.schema(topicFlagSchema).action(async ({ input, user }) => {
  await forum.setTopicFlag(user, input.topicId, "lock", input.on);
  return null;
});

export const pinTopicAction = moderator.schema(topicFlagSchema).action(async ({ input, user }) => {
  await forum.setTopicFlag(user, input.topicId, "pin", input.on);
  return null;
});

export const moveTopicAction = moderator.schema(moveTopicSchema).action(async ({ input, user }) => {
  await forum.moveTopic(user, input.topicId, input.categoryId);
  return null;
});

export const suspendAction = moderator.schema(suspendSchema).formAction(async ({ input, user }) => {
  await forum.suspendFromForum(user, input.userId, input.days, input.reason);
  return null;
});

export const liftSuspensionAction = moderator.schema(unsuspendSchema).action(async ({ input, user }) => {
  await forum.liftForumSuspension(user, input.userId);
  return null;
});

export const forumSettingsAction = authAction("forum.settings")
  .schema(settingsSchema)
  .formAction(async ({ input, user }) => {
    await forum.updateForumSettings(user, input);
    return null;
  });

/** Sent by the topic page once it is on screen: what the member saw, not what was rendered. */
export const markTopicReadAction = member
  .schema(topicReadSchema)
  .action(({ input, user }) => forum.markTopicRead(user, input.topicId, input.number));

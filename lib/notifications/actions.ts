"use server";

import { authAction } from "@/lib/action-client";
import { digestSchema, markReadSchema } from "./schemas";
import * as notifications from "./service";

// Every action checks its own permission through the action client. A member's notifications
// are open to whoever may take part in the forum (`forum.post`), as the notifications page is.

const member = authAction("forum.post");

export const markNotificationsReadAction = member.schema(markReadSchema).action(async ({ input, user }) => {
  await notifications.markNotificationsRead(user, input.ids);
  return null;
});

export const digestAction = member.schema(digestSchema).action(async ({ input, user }) => {
  await notifications.setDigest(user, input.on);
  return { on: input.on };
});

"use server";

import { authAction } from "@/lib/action-client";
import { initiativeIdSchema, initiativeInputSchema, rejectSchema, updateInitiativeSchema } from "./schemas";
import * as initiatives from "./service";

// Thin: the action client checks the permission and parses; the service re-checks ownership in the
// `where` of each write (a replayed request for another organisation's initiative finds nothing).

const member = authAction("initiatives.suggest");
// Partners (their organisation's) and coordinators (any): the service narrows it in its `where`.
const editor = authAction("initiatives.edit:own");
const reviewer = authAction("initiatives.review");

export const submitInitiativeAction = member.schema(initiativeInputSchema).formAction(async ({ input, user }) => {
  const saved = await initiatives.submitInitiative(user, input);
  return { url: `/map/i/${saved.slug}`, status: saved.status };
});

export const updateInitiativeAction = editor.schema(updateInitiativeSchema).formAction(async ({ input, user }) => {
  const { id, ...values } = input;
  const saved = await initiatives.updateInitiative(user, id, values);
  return { url: `/map/i/${saved.slug}`, status: saved.status };
});

export const verifyInitiativeAction = editor.schema(initiativeIdSchema).action(async ({ input, user }) => {
  await initiatives.verifyInitiative(user, input.id);
  return null;
});

export const archiveInitiativeAction = editor.schema(initiativeIdSchema).action(async ({ input, user }) => {
  await initiatives.archiveInitiative(user, input.id);
  return null;
});

export const restoreInitiativeAction = editor.schema(initiativeIdSchema).action(async ({ input, user }) => {
  await initiatives.restoreInitiative(user, input.id);
  return null;
});

export const approveInitiativeAction = reviewer.schema(initiativeIdSchema).action(async ({ input, user }) => {
  await initiatives.approveInitiative(user, input.id);
  return null;
});

export const rejectInitiativeAction = reviewer.schema(rejectSchema).formAction(async ({ input, user }) => {
  await initiatives.rejectInitiative(user, input.id, input.reason);
  return null;
});

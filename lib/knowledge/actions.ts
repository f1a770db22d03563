"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { authAction } from "@/lib/action-client";
import type { ActionResult } from "@/lib/errors";
import { knowledgeWorkflow } from "./policy";
import { createPageSchema, pageActionSchema, restoreSchema, saveDraftSchema, translationSchema } from "./schemas";
import * as knowledge from "./service";

const revalidateKnowledge = () => revalidatePath("/[locale]/knowledge", "layout");
const editor = authAction("knowledge.edit");

const createPage = editor.schema(createPageSchema).formAction(async ({ input, user, locale }) => {
  await knowledge.createPage(user, input);
  return `/${locale}/knowledge/${input.slug}/edit?lang=${input.sourceLocale}`;
});

export async function createPageAction(_previous: ActionResult<null> | null, formData: FormData): Promise<ActionResult<null>> {
  const result = await createPage(null, formData);
  if (!result.ok) return result;
  redirect(result.data);
}

export const saveDraftAction = editor.schema(saveDraftSchema).action(({ input, user }) => knowledge.saveDraft(user, input));

export const createTranslationAction = editor.schema(translationSchema).action(async ({ input, user }) => {
  await knowledge.createTranslation(user, input);
  return null;
});

const transitionSchema = pageActionSchema.extend({
  transition: z.enum(knowledgeWorkflow.names, { message: "validation.invalid" }),
});

/** Submitting needs knowledge.edit; the service asks the policy for the other transitions (knowledge.publish). */
export const changePageStatusAction = editor.schema(transitionSchema).action(async ({ input, user }) => {
  const status = await knowledge.changeStatus(user, input.pageId, input.transition);
  revalidateKnowledge();
  return { status };
});

// The permission behind mayRestoreRevision (lib/knowledge/policy.ts), which the service asks too.
export const restoreRevisionAction = authAction("knowledge.publish")
  .schema(restoreSchema)
  .action(async ({ input, user }) => {
    const version = await knowledge.restoreRevision(user, input.revisionId);
    revalidateKnowledge();
    return { version };
  });

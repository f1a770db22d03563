"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { authAction } from "@/lib/action-client";
import { revalidateArea } from "@/lib/cache/revalidate";
import type { ActionResult } from "@/lib/errors";
import {
  addChecklistItemSchema,
  adoptionNotesSchema,
  approveSchema,
  checklistItemSchema,
  createPracticeSchema,
  practiceIdSchema,
  practiceTranslationSchema,
  recordOutcomeSchema,
  requestChangesSchema,
  savePracticeSchema,
  startAdoptionSchema,
} from "./schemas";
import * as practices from "./service";

// Thin server actions: the action client checks the permission and parses the input; the
// service (lib/practices/service.ts) applies ownership, the workflow and writes.

/** What readers see changed: the list, the case study's page, organisation pages. */
function revalidateReaders() {
  revalidatePath("/[locale]/practices", "layout");
  revalidateArea("practices"); // visitors' cached copies, on every instance (decision 011)
  revalidatePath("/[locale]/organisations", "layout");
}

const writer = authAction("practices.write");
const reviewer = authAction("practices.review");
const publisher = authAction("practices.publish");
const adopter = authAction("practices.adopt");

// ─── authors ─────────────────────────────────────────────────────────────────────────────────

const createPractice = writer.schema(createPracticeSchema).formAction(async ({ input, user, locale }) => {
  const { slug } = await practices.createPractice(user, input);
  return `/${locale}/practices/${slug}/edit?lang=${input.sourceLocale}`;
});

export async function createPracticeAction(_previous: ActionResult<null> | null, formData: FormData): Promise<ActionResult<null>> {
  const result = await createPractice(null, formData);
  if (!result.ok) return result;
  redirect(result.data);
}

export const savePracticeAction = writer.schema(savePracticeSchema).action(({ input, user }) => practices.savePractice(user, input));

export const createPracticeTranslationAction = writer.schema(practiceTranslationSchema).action(async ({ input, user }) => {
  await practices.createTranslation(user, input);
  return null;
});

export const withdrawPracticeAction = writer.schema(practiceIdSchema).action(async ({ input, user }) => {
  await practices.withdrawPractice(user, input.practiceId);
  return null;
});

// ─── reviewers ───────────────────────────────────────────────────────────────────────────────

const requestChanges = reviewer.schema(requestChangesSchema).formAction(async ({ input, user, locale }) => {
  await practices.requestChanges(user, input);
  return `/${locale}/admin/review`;
});

export async function requestChangesAction(_previous: ActionResult<null> | null, formData: FormData): Promise<ActionResult<null>> {
  const result = await requestChanges(null, formData);
  if (!result.ok) return result;
  redirect(`${result.data}?done=changes`);
}

const approve = publisher.schema(approveSchema).formAction(async ({ input, user, locale }) => {
  await practices.approvePractice(user, input);
  revalidateReaders();
  return `/${locale}/admin/review`;
});

export async function approvePracticeAction(_previous: ActionResult<null> | null, formData: FormData): Promise<ActionResult<null>> {
  const result = await approve(null, formData);
  if (!result.ok) return result;
  redirect(`${result.data}?done=published`);
}

export const archivePracticeAction = publisher.schema(practiceIdSchema).action(async ({ input, user }) => {
  await practices.archivePractice(user, input.practiceId);
  revalidateReaders();
  return null;
});

export const unarchivePracticeAction = publisher.schema(practiceIdSchema).action(async ({ input, user }) => {
  const status = await practices.unarchivePractice(user, input.practiceId);
  revalidateReaders();
  return { status };
});

// ─── adopters ────────────────────────────────────────────────────────────────────────────────

const startAdoption = adopter.schema(startAdoptionSchema).formAction(async ({ input, user, locale }) => {
  const { id } = await practices.startAdoption(user, input);
  revalidateReaders();
  return `/${locale}/practices/adoptions/${id}`;
});

export async function startAdoptionAction(_previous: ActionResult<null> | null, formData: FormData): Promise<ActionResult<null>> {
  const result = await startAdoption(null, formData);
  if (!result.ok) return result;
  redirect(result.data);
}

export const setChecklistItemAction = adopter.schema(checklistItemSchema).formAction(async ({ input, user }) => {
  await practices.setChecklistItem(user, input);
  revalidatePath("/[locale]/practices/adoptions", "layout");
  return null;
});

export const addChecklistItemAction = adopter.schema(addChecklistItemSchema).formAction(async ({ input, user }) => {
  await practices.addChecklistItem(user, input);
  revalidatePath("/[locale]/practices/adoptions", "layout");
  return null;
});

export const updateAdoptionNotesAction = adopter.schema(adoptionNotesSchema).formAction(async ({ input, user }) => {
  await practices.updateAdoptionNotes(user, input);
  return null;
});

export const recordOutcomeAction = adopter.schema(recordOutcomeSchema).formAction(async ({ input, user }) => {
  await practices.recordOutcome(user, input);
  revalidateReaders();
  return null;
});

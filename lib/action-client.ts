import "server-only";
import { getLocale } from "next-intl/server";
import type { z } from "zod";
import { type CurrentUser, can, getCurrentUser } from "@/lib/auth/guard";
import type { Permission } from "@/lib/auth/permissions";
import type { ActionResult } from "@/lib/errors";
import { AppError } from "@/lib/errors";
import { assertCleanText, fieldErrorsOf, formFields, keepInput, toErrorResult } from "@/lib/result";

// The one way to write a server action (in the manner of dub's safe-action clients):
//
//   export const replyAction = authAction("forum.post")
//     .schema(replySchema)
//     .action(({ input, user, locale }) => forum.createReply(user, input, locale));
//
// Each call: checks the permission itself (a page's check never covers its actions) → refuses
// text no form can produce (NUL bytes, lone surrogates) → parses with the zod schema shared
// with the form → runs the handler (which calls the feature's service) → answers the one
// result shape. AppErrors and known database errors become translated refusals; anything else
// is logged and answered with a generic message.

type Ctx<U> = { user: U; locale: string };
type Handler<S extends z.ZodType, U, T> = (args: { input: z.infer<S> } & Ctx<U>) => Promise<T> | T;

/** `(input) => result`: for buttons and editors that call the action with an object. */
export type JsonAction<T> = (input?: unknown) => Promise<ActionResult<T>>;
/** `(previous, formData) => result`: for `useActionState` forms; a refusal keeps what was typed. */
export type FormAction<T> = (previous: ActionResult<T> | null, formData: FormData) => Promise<ActionResult<T>>;

type Who<U> = () => Promise<U>;

class ActionBuilder<U, S extends z.ZodType> {
  constructor(
    private readonly who: Who<U>,
    private readonly inputSchema: S,
  ) {}

  schema<N extends z.ZodType>(schema: N): ActionBuilder<U, N> {
    return new ActionBuilder(this.who, schema);
  }

  private async run<T>(raw: unknown, handler: Handler<S, U, T>): Promise<ActionResult<T>> {
    try {
      const user = await this.who();
      assertCleanText(raw);
      const parsed = this.inputSchema.safeParse(raw);
      if (!parsed.success) throw new AppError("INVALID", { fieldErrors: fieldErrorsOf(parsed.error) });
      const locale = await getLocale();
      return { ok: true, data: await handler({ input: parsed.data, user, locale }) };
    } catch (error) {
      return toErrorResult(error);
    }
  }

  /** An action called with one argument (an object). */
  action<T>(handler: Handler<S, U, T>): JsonAction<T> {
    return (input?: unknown) => this.run(input ?? {}, handler);
  }

  /** An action bound to a form with `useActionState`; parses the form's text fields. */
  formAction<T>(handler: Handler<S, U, T>): FormAction<T> {
    return async (_previous, formData) => keepInput(formData, await this.run(formFields(formData), handler));
  }
}

const anything = { safeParse: (v: unknown) => ({ success: true as const, data: v }) } as unknown as z.ZodType<unknown>;

/** Actions anyone may call (login, registration, password reset): the user may be null. */
export const publicAction = new ActionBuilder<CurrentUser | null, z.ZodType<unknown>>(() => getCurrentUser(), anything);

/** Actions that need a signed-in member with this permission. */
export function authAction(permission: Permission) {
  return new ActionBuilder<CurrentUser, z.ZodType<unknown>>(async () => {
    const user = await getCurrentUser();
    if (!user) throw new AppError("UNAUTHENTICATED");
    if (!can(user, permission)) throw new AppError("FORBIDDEN");
    return user;
  }, anything);
}

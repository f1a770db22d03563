import { execFileSync } from "node:child_process";
import type { Locator, Page, Request } from "@playwright/test";
import { attemptQuiz, completeCourse, createCourse, enrolLearner, simpleCourseSpec } from "../prisma/training-factories";
import { signIn, caughtMail, demo, expect, expectAccessible, message, TEST_PASSWORD, test } from "./fixtures";

// The training area end to end: real server, database, search and Chromium.

// A 1×1 PNG.
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==", "base64");

/** Keyboard only: focus the control (as Tab would) and press Enter. */
async function press(locator: Locator, key = "Enter") {
  await locator.focus();
  await expect(locator).toBeFocused();
  await locator.page().keyboard.press(key);
}

async function keyboardLogin(page: Page, email: string, password: string) {
  await page.goto("/en/login");
  await page.getByLabel("Email address").focus();
  await page.keyboard.type(email);
  await page.keyboard.press("Tab");
  await page.keyboard.type(password);
  await page.keyboard.press("Enter");
  await expect(page.locator("header summary", { hasText: message("en", "nav.accountMenu") })).toBeVisible();
}

/** Everything the browser receives for a page: its HTML (with the inline RSC data) and the RSC payload of a client navigation. */
async function payloads(page: Page, path: string) {
  const html = await (await page.request.get(path)).text();
  const rsc = await (await page.request.get(path, { headers: { RSC: "1" } })).text();
  return { html, rsc };
}

test("a librarian takes a course with the keyboard only, from enrolment to a verified certificate", async ({
  page,
  db,
  makeUser,
  browser,
}) => {
  test.setTimeout(150_000);
  const course = await createCourse(db, simpleCourseSpec({ lessonsPerModule: 2, title: "Keyboard course" }));
  const learner = await makeUser({ name: "Олена Коваленко" });
  await keyboardLogin(page, learner.email, TEST_PASSWORD);

  await page.goto(`/en/courses/${course.slug}`);
  await press(page.getByRole("button", { name: "Enrol in this course" }));
  await expect(page).toHaveURL(new RegExp(`/en/courses/${course.slug}/lesson-1-1$`));
  await expect(page.getByRole("heading", { level: 1, name: "Lesson 1.1" })).toBeVisible();

  for (const next of ["Lesson 1.2", "Quiz: Module 1"]) {
    await press(page.getByRole("button", { name: "Mark as done" }));
    await expect(page.getByText("You have marked this lesson as done.")).toBeVisible();
    await press(page.getByRole("link", { name: new RegExp(`^Next\\s*${next}`) }));
  }
  await press(page.getByRole("button", { name: "Start the quiz" }));

  // First attempt: the wrong answers.
  const quizPath = new URL(page.url()).pathname;
  await expect(page.getByRole("group", { name: /Question A of module 1/ })).toBeVisible();
  const { html, rsc } = await payloads(page, quizPath);
  for (const body of [html, rsc]) {
    expect(body).toContain("Question A of module 1");
    // Neither the feedback texts nor a right/wrong flag (`"correct":true`, escaped or not).
    expect(body).not.toMatch(/feedback for (right|wrong)/i);
    expect(body).not.toMatch(/correct\\*"?\s*:\s*(true|false)/);
  }
  await press(page.getByLabel("Wrong A"), "Space");
  await press(page.getByLabel("Wrong B"), "Space");
  await press(page.getByRole("button", { name: "Submit my answers" }));
  await expect(page).toHaveURL(/\/attempts\/1$/);
  await expect(page.getByText("Not passed this time.")).toBeVisible();
  await expect(page.getByText("No: feedback for wrong A")).toBeVisible();
  await expect(page.getByText("Yes: feedback for right A")).toHaveCount(0);

  // Second attempt: the right ones.
  await press(page.getByRole("button", { name: "Try again" }));
  await expect(page.getByRole("heading", { name: "Attempt 2" })).toBeVisible();
  for (const label of ["Right A", "Right B1", "Right B2"]) await press(page.getByLabel(label), "Space");
  await press(page.getByRole("button", { name: "Submit my answers" }));
  await expect(page).toHaveURL(/\/attempts\/2$/);
  await expect(page.getByText("Well done, you passed.")).toBeVisible();

  await press(page.getByRole("link", { name: "View your certificate" }));
  await expect(page.getByText("This certificate is valid.")).toBeVisible();
  await expect(page.locator("main").getByText("Олена Коваленко")).toBeVisible();
  const verification = page.url();
  const code = verification.split("/").pop() as string;
  expect(code).toMatch(/^[A-Z2-7]{26}$/);

  const downloading = page.waitForEvent("download");
  await press(page.getByRole("link", { name: "Download the PDF" }));
  const file = await (await downloading).path();
  const text = execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
  expect(text).toContain("Олена Коваленко");
  expect(text).toContain("Keyboard course");
  expect(text).toContain(`/en/certificates/${code}`);
  // The holder is told by mail, in their language, with the verification address.
  const mail = await caughtMail(learner.email, "Your E-PANEMA certificate: Keyboard course");
  expect(mail.links).toContain(`${new URL(verification).origin}/en/certificates/${code}`);

  // A visitor with the address sees who, what, when and that it is valid — and no file.
  const visitor = await browser.newContext();
  const anonymous = await visitor.newPage();
  await anonymous.goto(verification);
  await expect(anonymous.getByText("This certificate is valid.")).toBeVisible();
  await expect(anonymous.getByText("Олена Коваленко")).toBeVisible();
  await expect(anonymous.getByText("Keyboard course")).toBeVisible();
  await expect(anonymous.getByRole("link", { name: "Download the PDF" })).toHaveCount(0);
  expect((await anonymous.request.get(`/api/certificates/${code}`)).status()).toBe(401);
  await expectAccessible(anonymous);
  await visitor.close();
  expect(await db.certificate.count({ where: { userId: learner.id } })).toBe(1);
});

/** Records the server-action request that the coordinator's browser sends for `act`. */
async function captureAction(page: Page, act: () => Promise<void>) {
  const captured = page.waitForRequest((r: Request) => r.method() === "POST" && !!r.headers()["next-action"]);
  await act();
  const request = await captured;
  return { url: request.url(), headers: request.headers(), body: request.postDataBuffer() ?? Buffer.alloc(0) };
}

test("a coordinator writes and publishes a course that a librarian finds in search; the librarian's replay of the authoring actions writes nothing", async ({
  page,
  db,
  browser,
}) => {
  test.setTimeout(180_000);
  const coordinator = demo("COORDINATOR");
  await signIn(page, coordinator.email);
  const word = `Zanzibarian${Date.now().toString(36)}`;
  await page.goto("/en/courses/new");
  await page.getByLabel("Title").fill(`Welcoming families ${word}`);
  const slug = await page.getByLabel("Web address").inputValue();
  await page.getByRole("button", { name: "Create the course" }).click();
  await expect(page).toHaveURL(new RegExp(`/en/courses/${slug}/edit$`));
  const courseId = (await db.course.findUniqueOrThrow({ where: { slug }, select: { id: true } })).id;

  const addModule = await captureAction(page, async () => {
    await page.getByLabel("Title of a new module").fill("Before the visit");
    await page.getByRole("button", { name: "Add the module" }).click();
  });
  await expect(page.getByRole("heading", { name: "Module 1: Before the visit" })).toBeVisible();

  for (const [i, title] of ["Plan the welcome", "Meet the family"].entries()) {
    if (i > 0) await page.getByRole("link", { name: "Back to the course editor" }).click();
    await page.getByText("Add a lesson to “Before the visit”").click();
    await page.getByLabel("Lesson title").fill(title);
    await page.getByRole("button", { name: "Add the lesson" }).click();
    await expect(page.getByRole("heading", { name: "Editing the lesson in English" })).toBeVisible();
    const editor = page.getByRole("textbox", { name: "Lesson content" });
    await editor.click();
    await page.keyboard.type(`${title}: families ${word} are welcome at the library.`);
    await expect(page.getByRole("status").filter({ hasText: /^Saved at/ })).toBeVisible({ timeout: 15_000 });
  }
  await page.getByRole("link", { name: "Back to the course editor" }).click();
  await page.getByRole("button", { name: "Add a quiz after “Before the visit”" }).click();
  await expect(page.getByRole("heading", { name: "Quiz: Before the visit" })).toBeVisible();
  await page.getByLabel("Question", { exact: true }).fill("Who is welcome at the library?");
  await page.getByLabel("Answer 1", { exact: true }).fill("Everyone");
  await page.getByLabel("Answer 1 is right").check();
  await page.getByLabel("Answer 2", { exact: true }).fill("Only residents");
  await page.getByRole("button", { name: "Add the question" }).click();
  await expect(page.getByRole("heading", { name: "Question 1" })).toBeVisible();

  await page.getByRole("link", { name: "Back to the course editor" }).click();
  const publish = await captureAction(page, () => page.getByRole("button", { name: "Publish", exact: true }).click());
  await expect(page.getByText("Published", { exact: true }).first()).toBeVisible();
  expect(await db.course.findUniqueOrThrow({ where: { id: courseId }, select: { status: true } })).toEqual({ status: "PUBLISHED" });

  // A librarian finds the course and its lessons in search (the index catches up through the outbox).
  const librarianContext = await browser.newContext();
  const librarianPage = await librarianContext.newPage();
  const librarian = demo("LIBRARIAN");
  await signIn(librarianPage, librarian.email);
  await expect(async () => {
    await librarianPage.goto(`/en/search?q=${word}`);
    await expect(librarianPage.getByRole("link", { name: `Welcoming families ${word}` })).toBeVisible({ timeout: 1000 });
    await expect(librarianPage.getByRole("link", { name: "Meet the family" })).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  await expect(librarianPage.getByRole("group", { name: "Course topic" })).toBeVisible();

  // The librarian replays the coordinator's captured actions with their own session.
  await db.course.update({ where: { id: courseId }, data: { status: "DRAFT" } });
  const before = {
    modules: await db.courseModule.count({ where: { courseId } }),
    audit: await db.auditLog.count({ where: { targetId: courseId } }),
  };
  for (const action of [addModule, publish]) {
    const response = await librarianPage.request.post(action.url, {
      headers: { "next-action": action.headers["next-action"], "content-type": action.headers["content-type"], accept: "text/x-component" },
      data: action.body,
      maxRedirects: 0,
    });
    expect(response.status()).toBeLessThan(500);
    expect(await response.text()).toContain("FORBIDDEN");
  }
  expect(await db.courseModule.count({ where: { courseId } })).toBe(before.modules);
  expect(await db.auditLog.count({ where: { targetId: courseId } })).toBe(before.audit);
  expect(await db.course.findUniqueOrThrow({ where: { id: courseId }, select: { status: true } })).toEqual({ status: "DRAFT" });
  // And no authoring page opens for them.
  for (const path of ["/en/courses/new", `/en/courses/${slug}/edit`, `/en/courses/${slug}/edit/preview`]) {
    expect((await librarianPage.goto(path))?.status(), path).toBe(403);
  }
  await librarianContext.close();
});

test("a coordinator chooses a course's cover with a button in the page's language, and a document is refused next to it", async ({
  page,
  db,
}) => {
  test.setTimeout(120_000);
  const course = await createCourse(db, simpleCourseSpec({ title: "Cover in Ukrainian" }));
  await signIn(page, demo("COORDINATOR").email);
  await page.goto(`/uk/courses/${course.slug}/edit`);
  // The button reads in Ukrainian, whatever the browser's own language, and opens the file chooser.
  const choose = page.getByText(message("uk", "courses.fields.coverChoose"), { exact: true });
  await expect(choose).toBeVisible();
  const chooser = page.waitForEvent("filechooser");
  await choose.click();
  await (await chooser).setFiles({ name: "cover.png", mimeType: "image/png", buffer: Buffer.from("%PDF-1.4 a document, not an image") });
  await expect(page.getByText(message("uk", "courses.authoring.coverNotImage"))).toBeVisible();

  // The native control keeps the field's label for keyboards and screen readers.
  const input = page.getByLabel(message("uk", "courses.fields.cover"));
  await expect(input).toHaveAttribute("type", "file");
  await input.setInputFiles({ name: "cover.png", mimeType: "image/png", buffer: PNG });
  await expect(page.getByRole("img", { name: message("uk", "courses.authoring.coverPreview") })).toBeVisible();
  await expect(page.getByText(message("uk", "courses.fields.coverReplace"), { exact: true })).toBeVisible();
  // Scanned before saving: a save refreshes the page, and axe must not read it half-replaced.
  await expectAccessible(page);
  await page.getByRole("button", { name: message("uk", "courses.authoring.saveSettings") }).click();
  await expect
    .poll(async () => (await db.course.findUniqueOrThrow({ where: { id: course.id }, include: { cover: true } })).cover?.mimeType)
    .toBe("image/png");
});

test("the report's CSV holds exactly the enrolments of the period, as the database does", async ({ page, db, makeUser, browser }) => {
  test.setTimeout(90_000);
  const course = await createCourse(db, simpleCourseSpec({ title: "Reported course" }));
  const day = (d: number) => new Date(Date.UTC(1999, 2, d, 10));
  const a = await makeUser({ country: "RO" });
  const b = await makeUser({ country: "NL" });
  await completeCourse(db, { userId: a.id, courseId: course.id, startedAt: day(1), completedAt: day(4) });
  await enrolLearner(db, { userId: b.id, courseId: course.id, startedAt: day(2), lessonsDone: 1 });

  const coordinator = demo("COORDINATOR");
  await signIn(page, coordinator.email);
  await page.goto(`/en/admin/reports/training?from=1999-03-01&to=1999-03-31&course=${course.slug}`);
  await expect(page.getByRole("img", { name: /Bar chart of enrolments and completions/ })).toBeVisible();
  const response = await page.request.get(`/api/admin/reports/training?from=1999-03-01&to=1999-03-31&course=${course.slug}`);
  expect(response.headers()["content-type"]).toContain("text/csv");
  const lines = (await response.text()).trim().split("\r\n");
  const rows = await db.enrolment.findMany({
    where: { courseId: course.id },
    orderBy: [{ startedAt: "asc" }, { id: "asc" }],
    select: { id: true, startedAt: true, completedAt: true, user: { select: { country: true } } },
  });
  expect(lines[0]).toBe(
    "enrolment_id,course,country,organisation,started_at,completed_at,days_to_complete,quiz_attempts,quizzes_passed,certificate",
  );
  expect(lines.slice(1)).toEqual(
    rows.map((r, i) =>
      [
        r.id,
        course.slug,
        r.user.country,
        "",
        r.startedAt.toISOString(),
        r.completedAt?.toISOString() ?? "",
        i === 0 ? "3" : "",
        i === 0 ? "1" : "0",
        i === 0 ? "1" : "0",
        i === 0 ? "issued" : "",
      ].join(","),
    ),
  );
  // A librarian gets no report.
  const context = await browser.newContext();
  const other = await context.newPage();
  const librarian = demo("LIBRARIAN");
  await signIn(other, librarian.email);
  expect((await other.request.get("/api/admin/reports/training")).status()).toBe(403);
  expect((await other.goto("/en/admin/reports/training"))?.status()).toBe(403);
  await context.close();
});

// Every training page, scanned with axe in English and in Latvian (one test per role and language,
// run side by side). The data is made with the factories, not through the pages.
test.describe("training pages pass axe", () => {
  test.describe.configure({ mode: "parallel" });

  async function learnerSetup(
    db: Parameters<typeof createCourse>[0],
    makeUser: (input?: { name?: string }) => Promise<{ id: string; email: string }>,
  ) {
    const course = await createCourse(db, simpleCourseSpec({ title: "Accessible course" }));
    const learner = await makeUser({ name: "Jānis Bērziņš" });
    await enrolLearner(db, { userId: learner.id, courseId: course.id, lessonsDone: 1 });
    const quiz = course.quizzes[0].id;
    await attemptQuiz(db, { userId: learner.id, quizId: quiz, right: false });
    await attemptQuiz(db, { userId: learner.id, quizId: quiz, submit: false });
    const other = await makeUser();
    const { code } = await completeCourse(db, { userId: other.id, courseId: course.id });
    return { course, learner, quiz, code };
  }

  for (const locale of ["en", "lv"]) {
    test(`learner pages in ${locale}`, async ({ page, db, makeUser }) => {
      test.setTimeout(180_000);
      const { course, learner, quiz, code } = await learnerSetup(db, makeUser);
      await signIn(page, learner.email);
      for (const path of [
        "/courses",
        `/courses/${course.slug}`,
        `/courses/${course.slug}/lesson-1-1`,
        `/courses/${course.slug}/quizzes/${quiz}`,
        `/courses/${course.slug}/quizzes/${quiz}/attempts/1`,
        "/learning",
        `/certificates/${code}`,
      ]) {
        const response = await page.goto(`/${locale}${path}`);
        expect(response?.status(), path).toBe(200);
        // My learning's lists come from its JSON (a shell from the cache): scanned once they show.
        if (path === "/learning")
          await expect(page.getByRole("heading", { name: message(locale, "courses.learning.inProgress") })).toBeVisible();
        await expectAccessible(page);
      }
      if (locale === "lv") {
        // On a phone: nothing wider than the screen, the button within reach.
        await page.setViewportSize({ width: 390, height: 844 });
        await page.goto(`/lv/courses/${course.slug}/lesson-1-2`);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
        await expect(page.getByRole("button", { name: message("lv", "courses.markDone") })).toBeVisible();
      }
    });

    test(`authoring pages in ${locale}`, async ({ page, db }) => {
      test.setTimeout(180_000);
      const course = await createCourse(db, simpleCourseSpec({ title: "Accessible authoring" }));
      const coordinator = demo("COORDINATOR");
      await signIn(page, coordinator.email);
      for (const path of [
        "/courses/new",
        `/courses/${course.slug}/edit`,
        `/courses/${course.slug}/edit/lessons/${course.lessons[0].id}`,
        `/courses/${course.slug}/edit/quizzes/${course.quizzes[0].id}`,
        `/courses/${course.slug}/edit/preview`,
        `/courses/${course.slug}/edit/preview/lesson-1-1`,
        "/admin/reports/training",
      ]) {
        const response = await page.goto(`/${locale}${path}`);
        expect(response?.status(), path).toBe(200);
        await expectAccessible(page);
      }
    });
  }
});

import { z } from "zod";
import { renderCertificatePdf } from "@/lib/courses/certificate-pdf";
import { canDownloadCertificate } from "@/lib/courses/policy";
import { getCertificate } from "@/lib/courses/queries";
import { certificateCodeSchema } from "@/lib/courses/schemas";
import { AppError } from "@/lib/errors";
import { route } from "@/lib/route-handler";

export const dynamic = "force-dynamic";

/**
 * The certificate as a PDF, for its holder and for coordinators (the public verification page
 * shows no file). A revoked certificate has no PDF any more.
 */
export const GET = route({ permission: "courses.learn", params: z.object({ code: certificateCodeSchema }) }, async ({ user, params }) => {
  const certificate = await getCertificate(params.code);
  // Someone else's code answers like an unknown one.
  if (!certificate || !canDownloadCertificate(user, certificate)) throw new AppError("NOT_FOUND");
  if (certificate.revokedAt) throw new AppError("CONFLICT", { message: "courses.errors.certificateRevoked", statusCode: 410 });
  const pdf = await renderCertificatePdf(certificate);
  const name = `certificate-${certificate.code}.pdf`;
  return new Response(pdf as BodyInit, {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${name}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
});

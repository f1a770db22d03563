// Uploads one file to POST /api/uploads with progress (fetch cannot report upload progress,
// so this uses XMLHttpRequest).

export type UploadedFile = {
  id: string;
  url: string;
  name: string;
  size: number;
  mimeType: string;
  kind: "image" | "document";
};

export class UploadError extends Error {
  constructor(
    /** The API's code ("TOO_LARGE", "UNSUPPORTED_TYPE"…), "NETWORK" or "ABORTED". */
    public readonly code: string,
    /** Already translated by the API (in the `locale` asked for), when it sent one. */
    public readonly translated: string | null,
  ) {
    super(code);
    this.name = "UploadError";
  }
}

export type UploadHandle = { promise: Promise<UploadedFile>; abort: () => void };

export function uploadFile(
  file: File,
  {
    locale,
    pageId,
    courseId,
    practiceId,
    onProgress,
  }: { locale: string; pageId?: string; courseId?: string; practiceId?: string; onProgress?: (fraction: number) => void },
): UploadHandle {
  const xhr = new XMLHttpRequest();
  const promise = new Promise<UploadedFile>((resolve, reject) => {
    // The case study goes in the query: the route decides who may upload before reading the body.
    const owner = practiceId ? `&practiceId=${encodeURIComponent(practiceId)}` : "";
    xhr.open("POST", `/api/uploads?locale=${encodeURIComponent(locale)}${owner}`);
    xhr.responseType = "text";
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress?.(event.loaded / event.total);
    };
    xhr.onerror = () => reject(new UploadError("NETWORK", null));
    xhr.ontimeout = () => reject(new UploadError("NETWORK", null));
    xhr.onabort = () => reject(new UploadError("ABORTED", null));
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {}
      if (xhr.status === 201 || xhr.status === 200) {
        const uploaded = body as UploadedFile | null;
        if (uploaded && typeof uploaded.id === "string" && typeof uploaded.url === "string") {
          onProgress?.(1);
          resolve(uploaded);
          return;
        }
        reject(new UploadError("INVALID_RESPONSE", null));
        return;
      }
      const error = (body as { error?: { code?: unknown; message?: unknown } } | null)?.error;
      reject(
        new UploadError(
          typeof error?.code === "string" ? error.code : `HTTP_${xhr.status}`,
          typeof error?.message === "string" && error.message ? error.message : null,
        ),
      );
    };
    const form = new FormData();
    form.append("file", file);
    if (pageId) form.append("pageId", pageId);
    if (courseId) form.append("courseId", courseId);
    xhr.send(form);
  });
  return { promise, abort: () => xhr.abort() };
}

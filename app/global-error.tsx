"use client";

// Shown only when the root layout itself fails. The message catalogues are not available
// here, so the page stays wordless apart from the universal reload action.
export default function GlobalError({ reset }: { error: Error; reset: () => void }) {
  return (
    <html lang="en">
      <body style={{ fontFamily: "system-ui, sans-serif", display: "grid", placeItems: "center", minHeight: "100vh", margin: 0 }}>
        <main style={{ textAlign: "center" }}>
          <h1 style={{ fontSize: "3rem", margin: 0 }} aria-label="Error">
            ⚠
          </h1>
          <button
            type="button"
            onClick={reset}
            style={{ marginTop: "1rem", padding: "0.6rem 1.2rem", fontSize: "1.1rem" }}
            aria-label="Reload"
          >
            ↻
          </button>
        </main>
      </body>
    </html>
  );
}

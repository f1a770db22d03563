// Baseline for `npm run bench` (scripts/bench.ts): a bare static page served by the same
// production server, so the other routes' req/s can be read as a ratio of it.
export const dynamic = "force-static";

export default function BenchStaticPage() {
  return (
    <main>
      <h1>E-PANEMA static baseline</h1>
    </main>
  );
}

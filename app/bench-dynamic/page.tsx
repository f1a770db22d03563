import { connection } from "next/server";

// Baseline for `npm run bench` (scripts/bench.ts): a bare page rendered on every request by the
// same production server — what Next.js itself costs for a dynamic page, next to /bench-static.
export default async function BenchDynamicPage() {
  await connection();
  return (
    <main>
      <h1>E-PANEMA dynamic baseline</h1>
      <p>{new Date().toISOString()}</p>
    </main>
  );
}

import { generateMetadata as listMetadata } from "@/app/[locale]/(public)/practices/page";

export { default } from "@/app/[locale]/(public)/practices/page";

// The list's metadata reads the query (filtered lists are not for search engines). Next gives a
// force-static page's metadata no empty query of its own (DYNAMIC_SERVER_USAGE, a 500): the
// visitor's list has none, so it gets an empty one here.
export const generateMetadata = ({ params }: { params: Promise<{ locale: string }> }) =>
  listMetadata({ params, searchParams: Promise.resolve({}) });

export const dynamic = "force-static";
export const revalidate = 3600;

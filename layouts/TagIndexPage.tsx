import type { PageOfKind, SiteContext } from "../src/pages/types.ts";
import { Base } from "./Base.tsx";
import { TermIndex } from "./components/TermIndex.tsx";

export function TagIndexPage({ page, context }: { page: PageOfKind<"tag-index">; context: SiteContext }) {
  return (
    <Base context={context} title="Tags" description="Every tag used on the site." path={page.url}>
      <h1>Tags</h1>
      <TermIndex terms={page.terms} empty="No tags yet." />
    </Base>
  );
}

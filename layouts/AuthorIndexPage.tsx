import type { LayoutProps } from "../src/pages/types.ts";
import { Base } from "./Base.tsx";
import { TermIndex } from "./components/TermIndex.tsx";

export function AuthorIndexPage({ page, context, meta }: LayoutProps<"author-index">) {
  return (
    <Base meta={meta} context={context} title="Authors" description="Everyone who writes for the site." path={page.url}>
      <h1>Authors</h1>
      <TermIndex terms={page.terms} empty="No authors yet." />
    </Base>
  );
}

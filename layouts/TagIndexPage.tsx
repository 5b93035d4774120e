import type { LayoutProps } from "../src/pages/types.ts";
import { Base } from "./Base.tsx";
import { TermIndex } from "./components/TermIndex.tsx";

export function TagIndexPage({ page, context, meta }: LayoutProps<"tag-index">) {
  return (
    <Base meta={meta} context={context} title="Tags" description="Every tag used on the site." path={page.url}>
      <h1>Tags</h1>
      <TermIndex terms={page.terms} empty="No tags yet." />
    </Base>
  );
}

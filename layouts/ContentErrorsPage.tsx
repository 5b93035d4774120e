import { formatIssue } from "../src/articles/content-issue.ts";
import type { LayoutProps } from "../src/pages/types.ts";
import { Base } from "./Base.tsx";

/** Shown by the preview server instead of the site while content has errors. */
export function ContentErrorsPage({ page, context, meta }: LayoutProps<"content-errors">) {
  return (
    <Base meta={meta} context={context} title="Content errors" description="The content has errors." path={page.url} noindex>
      <h1>Content errors</h1>
      <p>The site cannot be built until these are fixed. This page reloads when you save a file.</p>
      <ul class="content-errors">
        {page.issues.map((issue) => (
          <li key={formatIssue(issue)}>
            <code>{formatIssue(issue)}</code>
          </li>
        ))}
      </ul>
    </Base>
  );
}

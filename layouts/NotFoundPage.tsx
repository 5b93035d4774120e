import type { LayoutProps } from "../src/pages/types.ts";
import { NOT_FOUND_URL } from "../src/urls/urls.ts";
import { Base } from "./Base.tsx";

export function NotFoundPage({ context, meta }: LayoutProps<"not-found">) {
  return (
    <Base
      meta={meta}
      context={context}
      title="Page not found"
      description="The page you asked for does not exist."
      path={NOT_FOUND_URL}
      noindex
    >
      <h1>Page not found</h1>
      <p>Sorry, there is no page at this address. It may have moved or been removed.</p>
      <p>
        Go to the <a href="/">front page</a> or choose a section above.
      </p>
    </Base>
  );
}

/** The site's stylesheets, which the editor's preview pane uses to show an entry as the site does. */
export interface AdminPageInputs {
  previewStyles: readonly string[];
}

export const DECAP_BUNDLE = "decap-cms.js";
export const ADMIN_SCRIPT = "editor.js";

/**
 * `/admin/index.html`: Decap's bundle and the editor's own script, both files of `/admin/`, and
 * nothing from another host. Decap reads `config.yml` beside the page. Search engines are told
 * not to index it.
 */
export function adminPageHtml(inputs: AdminPageInputs): string {
  const styles = inputs.previewStyles
    .map((href) => `    <meta name="newsroom-preview-style" content="${escapeAttribute(href)}">\n`)
    .join("");
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="robots" content="noindex">
    <title>Editor</title>
${styles}  </head>
  <body>
    <script src="${DECAP_BUNDLE}"></script>
    <script src="${ADMIN_SCRIPT}"></script>
  </body>
</html>
`;
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

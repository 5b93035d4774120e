// The editor's own set-up, loaded after Decap's bundle and before it reads config.yml: the
// preview pane wears the site's stylesheets, and JSON files whose top level is a list
// (sections.json, authors.json) are edited as one list field, since Decap edits objects only.
(() => {
  const CMS = window.CMS;
  for (const meta of document.querySelectorAll('meta[name="newsroom-preview-style"]')) {
    CMS.registerPreviewStyle(meta.content);
  }
  CMS.registerCustomFormat("json-list", "json", {
    fromFile: (text) => ({ entries: JSON.parse(text) }),
    toFile: (data) => `${JSON.stringify(data.entries ?? [], null, 2)}\n`,
  });
})();

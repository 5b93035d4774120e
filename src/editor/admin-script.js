// The editor's own set-up, loaded after Decap's bundle and before it reads config.yml.
(() => {
  const CMS = window.CMS;

  // The preview server's reload client, which it adds to every page it serves, reloads the page after
  // each rebuild, and every save in the editor causes one: here that would throw away a form an
  // editor is still filling in. Without a WebSocket the client does not start (it runs after this
  // script, as a module); Decap itself talks to its backends over HTTP only.
  delete window.WebSocket;

  // The preview pane wears the site's stylesheets.
  for (const meta of document.querySelectorAll('meta[name="newsroom-preview-style"]')) {
    CMS.registerPreviewStyle(meta.content);
  }

  // Decap edits objects only: a JSON file whose top level is a list (sections.json, authors.json)
  // is shown as one list field, `entries`.
  CMS.registerCustomFormat("json-list", "json", {
    fromFile: (text) => ({ entries: JSON.parse(text) }),
    toFile: (data) => `${JSON.stringify(data.entries ?? [], null, 2)}\n`,
  });

  // Decap checks the required fields of an optional group (an article's image: its file and alt
  // text) even when the group is left empty, and so would refuse every article without an image.
  // As in the schema, they are required only once something in the group is filled in.
  const object = CMS.getWidget("object");
  const isFilled = (value) => {
    const values = value && typeof value.values === "function" ? Array.from(value.values()) : Object.values(value ?? {});
    return values.some((entry) => entry !== undefined && entry !== null && entry !== "");
  };
  class OptionalObjectControl extends object.control {
    constructor(props) {
      super(props);
      const validateFields = this.validate;
      this.validate = () => {
        if (isFilled(this.props.value)) validateFields();
      };
    }
  }
  CMS.registerWidget("optional-object", OptionalObjectControl, object.preview);
})();

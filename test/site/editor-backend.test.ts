import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { editorBackendSchema } from "../../src/site/editor-backend.ts";

const problems = (value: unknown) =>
  editorBackendSchema.safeParse(value).error?.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`) ?? [];

describe("site.json's editorBackend", () => {
  it("takes a GitHub or GitLab repository, a branch, an OAuth server and the editorial workflow", () => {
    const parsed = editorBackendSchema.parse({ name: "gitlab", repo: "newsroom/site", authUrl: "https://auth.example.org" });
    assert.deepEqual(parsed, {
      name: "gitlab",
      repo: "newsroom/site",
      branch: "main",
      authUrl: "https://auth.example.org",
      editorialWorkflow: false,
    });
    assert.deepEqual(problems({ name: "git-gateway", editorialWorkflow: true }), []);
  });

  it("refuses a GitHub backend without its repository, and unknown backends, fields or addresses", () => {
    assert.deepEqual(problems({ name: "github" }), ["repo: is missing (expected owner/name of the github repository)"]);
    assert.match(problems({ name: "dropbox" }).join(), /is not an editor backend/);
    assert.match(problems({ name: "github", repo: "a/b", script: "x" }).join(), /Unrecognized key/);
    assert.match(problems({ name: "github", repo: "a/b", authUrl: "http://auth.example.org" }).join(), /authUrl: is not an https origin/);
    assert.match(problems({ name: "github", repo: "a/b", branch: "-x" }).join(), /branch: is not a branch name/);
  });
});

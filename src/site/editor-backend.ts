import { z } from "zod";

const REPOSITORY = /^[A-Za-z0-9_.-]+(?:\/[A-Za-z0-9_.-]+)+$/;
const BRANCH = /^[A-Za-z0-9_][A-Za-z0-9_./-]*$/;

/**
 * Where the web editor at `/admin/` commits in production (src/editor/): a GitHub or GitLab
 * repository through its OAuth login, or Netlify's git-gateway. Without it the editor is set up for
 * git-gateway on `main`. On localhost the editor always uses the local backend instead.
 */
export const editorBackendSchema = z
  .object({
    name: z.enum(["github", "gitlab", "git-gateway"], {
      errorMap: () => ({ message: "is not an editor backend (expected github, gitlab or git-gateway)" }),
    }),
    repo: z.string().regex(REPOSITORY, "is not a repository (expected owner/name, e.g. harbour-ledger/site)").optional(),
    branch: z.string().regex(BRANCH, "is not a branch name (expected e.g. main)").default("main"),
    /** The OAuth server that logs editors in to GitHub or GitLab (not needed on Netlify). */
    authUrl: z
      .string()
      .regex(/^https:\/\/[^\s/?#]+$/, "is not an https origin (expected e.g. https://auth.example.org)")
      .optional(),
    /** Drafts → review → publish as pull or merge requests, instead of committing each save. */
    editorialWorkflow: z.boolean().default(false),
  })
  .strict()
  .superRefine((backend, context) => {
    if (backend.name !== "git-gateway" && !backend.repo) {
      context.addIssue({ code: "custom", path: ["repo"], message: `is missing (expected owner/name of the ${backend.name} repository)` });
    }
  });

export type EditorBackend = z.output<typeof editorBackendSchema>;

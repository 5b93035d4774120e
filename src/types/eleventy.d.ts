// Eleventy 3 ships JavaScript without type declarations; this covers the parts the project uses.
declare module "@11ty/eleventy" {
  interface EleventyOptions {
    configPath?: string;
    quietMode?: boolean;
    runMode?: "build" | "serve" | "watch";
  }
  export default class Eleventy {
    constructor(input?: string, output?: string, options?: EleventyOptions);
    readonly directories: { freeze(): void };
    readonly errorHandler: { logger: Record<string, (...args: unknown[]) => void> };
    disableLogger(): void;
    write(): Promise<unknown>;
  }
}

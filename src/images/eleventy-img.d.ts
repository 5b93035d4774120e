// @11ty/eleventy-img 6 ships JavaScript without type declarations; this covers the parts the project uses.
declare module "@11ty/eleventy-img" {
  export interface ImageFormatEntry {
    format: string;
    width: number;
    height: number;
    url: string;
    srcset: string;
    sourceType: string;
    filename: string;
    outputPath: string;
  }
  export type ImageMetadata = Record<string, ImageFormatEntry[]>;
  export interface ImageOptions {
    widths?: (number | "auto")[];
    formats?: string[];
    outputDir?: string;
    urlPath?: string;
    useCache?: boolean;
    sharpOptions?: Record<string, unknown>;
    sharpJpegOptions?: Record<string, unknown>;
    sharpWebpOptions?: Record<string, unknown>;
    sharpAvifOptions?: Record<string, unknown>;
  }
  function Image(src: string, options?: ImageOptions): Promise<ImageMetadata>;
  namespace Image {
    /** How many images are processed at once (a queue shared by the whole process). */
    let concurrency: number;
    function generateHTML(
      metadata: ImageMetadata,
      attributes: Record<string, string>,
      htmlOptions?: { imgAttributes?: Record<string, string> },
    ): string;
  }
  export default Image;
}

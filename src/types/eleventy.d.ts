// Eleventy ships no type declarations; this is the programmatic surface the build uses.
declare module "@11ty/eleventy" {
  export interface EleventyResult {
    url: string;
    inputPath: string;
    outputPath: string;
    content: string;
  }
  export default class Eleventy {
    constructor(input: string, output: string, options: Record<string, unknown>);
    write(): Promise<EleventyResult[] | [EleventyResult[], ...unknown[]]>;
    watch(): Promise<void>;
    serve(port?: number): Promise<void>;
    init(): Promise<void>;
    close?(): Promise<void>;
    /** Silences every line Eleventy would print, its summary and error reports included. */
    disableLogger(): void;
  }
}

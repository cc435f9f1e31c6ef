/** V8's explicit compile hint, first line of each file the CDN build writes (see compile-hint.mjs). */
export declare const COMPILE_HINT: string;

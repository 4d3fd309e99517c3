/** Replaced at build time: true only in builds made with WAYMARK_TEST=1 (wxt.config.ts). */
declare const __WAYMARK_TEST__: boolean;

/** Set by vite.config.ts: changes with every build, shown in the footer. */
declare const __BUILD_ID__: string;

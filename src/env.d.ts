/** Set by vite.config.ts: changes with every build, shown in the footer. */
declare const __BUILD_ID__: string;
/** Set by vite.config.ts from package.json: the version people quote to support. */
declare const __APP_VERSION__: string;

import { resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { startAppServer } from './src/httpServer';

// Config only: everything else lives in src/ so tests can start the server on port 0.
const port = Number.parseInt(process.env.PORT ?? '8080', 10);
const distDir = resolve(process.env.DIST_DIR ?? 'dist');

if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT måste vara ett portnummer 0–65535, fick "${process.env.PORT}"`);
  process.exit(2);
}
if (!existsSync(resolve(distDir, 'index.html'))) {
  console.error(`Hittar ingen byggd app i ${distDir}. Kör "npm run build" först (npm start gör det åt dig).`);
  process.exit(2);
}

const app = await startAppServer({ port, distDir });
console.log(`Samverka körs på http://localhost:${app.port}/`);

const shutdown = (signal: string) => {
  console.log(`${signal}: stänger`);
  void app.close().then(() => process.exit(0));
};
process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));

// The Remix server build, imported by the portal's server (server/main.ts) in the same Vite build.
declare module "virtual:remix/server-build";

// One production server with demo data for every browser test in the run.
import type { TestProject } from "vitest/node";
import { startServer } from "../support/server";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const server = await startServer({ demoData: true });
  project.provide("baseUrl", server.baseUrl);
  return () => server.stop();
}

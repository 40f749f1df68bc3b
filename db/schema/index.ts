export * from "./organisations";
export * from "./accounts";
export * from "./cases";
export * from "./content";
export * from "./enterprise-links";
export * from "./enterprise-signals";

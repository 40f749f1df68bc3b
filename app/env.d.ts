/// <reference types="@remix-run/node" />
/// <reference types="vite/client" />
import "@remix-run/node";

declare module "@remix-run/node" {
  interface AppLoadContext {
    /** Random per request; only scripts carrying it may run (Content-Security-Policy). */
    cspNonce: string;
    requestId: string;
    /** The client's address (Express `req.ip`, which honours TRUST_PROXY). */
    clientAddress: string;
  }
}

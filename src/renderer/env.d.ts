// Module declarations for what Vite bundles besides TypeScript (`?url` imports, import.meta.glob).
/// <reference types="vite/client" />
declare module '*.css';

#!/usr/bin/env node
// The `tact` command. The engine is TypeScript; tsx compiles it on the fly (and caches the result).
// tsconfig.json is for the type checker only (its `paths` point fr-compromise at a type shim), so tsx
// runs without it and resolves packages as Node does.
import { register } from 'tsx/esm/api';

register({ tsconfig: false });
await import('../cli/tact.ts');

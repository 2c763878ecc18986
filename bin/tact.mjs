#!/usr/bin/env node
// The `tact` command. The engine is TypeScript; tsx compiles it on the fly (and caches the result).
import { register } from 'tsx/esm/api';

register();
await import('../cli/tact.ts');

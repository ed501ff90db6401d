// Ships the spec with the package, as `@solarproof/schemas/openapi.yaml`, for tools that read
// OpenAPI (Prism, Redocly, openapi-typescript). A copy at build time: specs/ stays the one source.
import { copyFileSync, mkdirSync } from 'node:fs';

const from = new URL('../../../specs/solarproof.openapi.yaml', import.meta.url);
const to = new URL('../dist/openapi.yaml', import.meta.url);
mkdirSync(new URL('.', to), { recursive: true });
copyFileSync(from, to);

// What require('@solarproof/client') reaches: the package is ESM-only, and this says so plainly.
throw new Error(
  "@solarproof/client is an ES module only, so require() cannot load it. Use import { ... } from '@solarproof/client' " +
    '(in CommonJS: const mod = await import(\'@solarproof/client\')), or set "type": "module" in your package.json.',
);

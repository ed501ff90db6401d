// What require('@solarproof/schemas') reaches: the package is ESM-only, and this says so plainly.
throw new Error(
  "@solarproof/schemas is an ES module only, so require() cannot load it. Use import { ... } from '@solarproof/schemas' " +
    '(in CommonJS: const mod = await import(\'@solarproof/schemas\')), or set "type": "module" in your package.json.',
);

// What require('@solarproof/mock-server') reaches: the package is ESM-only, and this says so plainly.
throw new Error(
  "@solarproof/mock-server is an ES module only, so require() cannot load it. Use import { ... } from '@solarproof/mock-server' " +
    '(in CommonJS: const mod = await import(\'@solarproof/mock-server\')), or set "type": "module" in your package.json.',
);

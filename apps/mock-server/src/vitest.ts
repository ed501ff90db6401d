/** @solarproof/mock-server/vitest: run a describe block against every reading of the docs. */

export type { DescribeEachOptions, InterpretationWorld } from './matrix/describe-each-interpretation.js';
export { describeEachInterpretation } from './matrix/describe-each-interpretation.js';
export type { MatrixEntry, MatrixSelection } from './matrix/matrix-entries.js';
export { matrixEntries } from './matrix/matrix-entries.js';

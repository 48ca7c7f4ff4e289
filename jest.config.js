// ESM + ts-jest. Sources import each other with `.ts` suffixes so that Node 24 runs them
// directly (type stripping: scripts/, the emulator). tsconfig's
// rewriteRelativeImportExtensions (needed by ncc) makes ts-jest emit `.js` specifiers,
// which the moduleNameMapper points back at the `.ts` files.
// ts-jest runs transpile-only here (tsconfig has isolatedModules): under Jest 30's ESM path
// it takes the synchronous transform and drops type errors, so `npm test` runs `tsc`
// first, which type-checks src/, __tests__/ and scripts/ as one program.
/** @type {import('jest').Config} */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }],
  },
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  testMatch: ['<rootDir>/__tests__/**/*.test.ts'],
  testTimeout: 30000,
};

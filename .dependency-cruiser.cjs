/**
 * Folder layering of the server and the UI, run by `npm run depcheck` (server) and `npm run depcheck:ui`.
 * A folder here is a feature folder of server/src or admin-ui/src with all it holds.
 */
module.exports = {
  forbidden: [
    {
      name: 'no-folder-cycle',
      comment: 'Folders depend on each other one way only, so each can be read and changed from the bottom up.',
      severity: 'error',
      scope: 'folder',
      from: { path: '^(server|admin-ui)/src/' },
      to: { path: '^(server|admin-ui)/src/', circular: true },
    },
    {
      name: 'no-module-cycle',
      severity: 'error',
      from: { path: '^(server|admin-ui)/src/' },
      to: { circular: true },
    },
    {
      name: 'common-is-the-bottom-layer',
      comment:
        'server/src/common is shared by every feature, so it imports none of them (nor the UI): only common, contracts and packages.',
      severity: 'error',
      from: { path: '^server/src/common/' },
      to: { path: '^(server|admin-ui)/', pathNot: '^server/src/common/' },
    },
    {
      name: 'contracts-import-no-side',
      comment: 'contracts/ is the wire shared by the server and the UI, so it imports neither.',
      severity: 'error',
      from: { path: '^contracts/' },
      to: { path: '^(server|admin-ui)/' },
    },
  ],
  options: {
    includeOnly: '^((server|admin-ui)/src|contracts)/',
    exclude: { path: '\\.test\\.tsx?$' },
    tsPreCompilationDeps: true,
  },
};

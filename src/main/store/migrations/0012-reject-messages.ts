import type { Migration } from '../migration';

// Schema v12: a rejected row's reason as a catalog message (JSON: a key and its values) beside the
// English sentence, so the window shows each reason in the reader's language. Rows rejected before
// this version have no message (NULL) and are shown with their English reason.
export const rejectMessages: Migration = {
  version: 12,
  name: 'reject-messages',
  up(db) {
    db.exec('ALTER TABLE import_rejects ADD COLUMN reason_message TEXT');
  },
};

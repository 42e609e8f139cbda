import type { Migration } from '../migration';

// Schema v13: an alert's explanation as a catalog message (JSON: a key and its plain values), beside
// the English sentence in `message`, so the window shows it in the analyst's language. Alerts stored
// before this have none and keep showing their English sentence.
export const alertMessages: Migration = {
  version: 13,
  name: 'alert-messages',
  up(db) {
    db.exec('ALTER TABLE alerts ADD COLUMN explanation_message TEXT');
  },
};

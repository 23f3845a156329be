-- Seed: the seeded household's parent, so the README quick start can sign in as
-- family@example.com (the link is printed in the dev log). INSERT OR IGNORE keeps re-runs harmless.
INSERT OR IGNORE INTO members (id, household_id, email, role, created_at)
VALUES ('mb_default', 'hh_default', 'family@example.com', 'owner', 1793491200000);

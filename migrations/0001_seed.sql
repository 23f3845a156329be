-- Seed: one household to start from, with characters and settings written for young children.
-- Edit it from the settings page or `PATCH /api/households/hh_default`; bedtime and timezone are
-- the family's own. INSERT OR IGNORE keeps re-runs harmless. created_at: 2026-11-01T00:00:00Z.
INSERT OR IGNORE INTO households (id, name, email, timezone, bedtime, language, child_age, story_length, rhyming, illustration_style, voice, next_bedtime_at, created_at, updated_at)
VALUES ('hh_default', 'The Willow Family', 'family@example.com', 'Europe/London', '19:30', 'en', 5, 'short', 0, 'watercolor', NULL, 0, 1793491200000, 1793491200000);
--> statement-breakpoint
INSERT OR IGNORE INTO characters (id, household_id, name, looks, personality, created_at) VALUES
('ch_pip', 'hh_default', 'Pip', 'a small red fox with a fluffy white-tipped tail and a green knitted scarf', 'curious and brave, always asking "what is over there?"', 1793491200000),
('ch_mabel', 'hh_default', 'Mabel', 'a round grey rabbit with long floppy ears and a yellow raincoat', 'gentle and careful, loves counting things', 1793491200000),
('ch_otto', 'hh_default', 'Otto', 'a big brown bear with a patched blue backpack and round spectacles', 'slow and kind, gives the best hugs', 1793491200000),
('ch_luna', 'hh_default', 'Luna', 'a little girl with curly black hair, a purple star pyjama top and red boots', 'dreamy and clever, notices tiny things', 1793491200000),
('ch_hoot', 'hh_default', 'Hoot', 'a tiny white owl with golden eyes and a lantern on a string', 'wise but a little forgetful', 1793491200000),
('ch_ziggy', 'hh_default', 'Ziggy', 'a pale green dragon no bigger than a cat, with orange spots and small wings', 'bouncy and silly, a bit shy of the dark', 1793491200000),
('ch_tom', 'hh_default', 'Tom', 'a boy with sandy hair, a striped orange jumper and a wooden toy boat', 'helpful and cheerful, hums when he is busy', 1793491200000),
('ch_bramble', 'hh_default', 'Bramble', 'a brown hedgehog with a tiny flower tucked behind one ear', 'quiet and patient, good at listening', 1793491200000);
--> statement-breakpoint
INSERT OR IGNORE INTO scenes (id, household_id, name, description, time_of_day, created_at) VALUES
('sc_whispering_woods', 'hh_default', 'the Whispering Woods', 'a soft green forest where the tall trees rustle and fireflies blink between the ferns', 'evening', 1793491200000),
('sc_moonlit_beach', 'hh_default', 'the Moonlit Beach', 'a quiet sandy beach by the sea, with shells, rock pools and little waves that go hush, hush', 'night', 1793491200000),
('sc_cloud_castle', 'hh_default', 'the Cloud Castle', 'a castle made of fluffy clouds with rainbow towers and a drawbridge of sunbeams', 'afternoon', 1793491200000),
('sc_buttercup_meadow', 'hh_default', 'Buttercup Meadow', 'a wide meadow full of yellow flowers, bumblebees and a crooked old oak tree', 'morning', 1793491200000),
('sc_starlight_express', 'hh_default', 'the Starlight Train', 'a little blue train that puffs along silver rails across the night sky between the stars', 'night', 1793491200000),
('sc_snowy_hill', 'hh_default', 'Snowy Hill', 'a gentle hill covered in fresh snow, with a sledge, a snowman and warm lights in a cottage below', 'evening', 1793491200000),
('sc_puddle_town', 'hh_default', 'Puddle Town', 'a small town of crooked houses, a bakery that smells of cinnamon and a market square with a fountain', 'afternoon', 1793491200000),
('sc_moon_garden', 'hh_default', 'the Moon Garden', 'a secret garden where silver flowers open only at night and a fountain sings quietly', 'night', 1793491200000),
('sc_lighthouse', 'hh_default', 'the Lighthouse on the Rock', 'a red and white lighthouse by the sea, with a spiral staircase and a lamp that sweeps the waves', 'evening', 1793491200000),
('sc_rocket_trip', 'hh_default', 'a Rocket to the Moon', 'a small round rocket flying through space past twinkling stars and a smiling, sleepy moon', 'night', 1793491200000),
('sc_willow_river', 'hh_default', 'Willow River', 'a slow river with weeping willows, lily pads, ducks and a little wooden rowing boat', 'afternoon', 1793491200000),
('sc_blanket_fort', 'hh_default', 'the Blanket Fort', 'a cosy fort of blankets and cushions in the bedroom, lit by a string of tiny lamps', 'night', 1793491200000);

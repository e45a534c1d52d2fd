-- Trigram similarity finds misspelled names ("Pompeio"); drizzle-kit does not emit extensions.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

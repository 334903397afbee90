-- The overviews' name search (a folded search_key containing every term, SearchKey.matching) used a trigram-less
-- LIKE '%term%' over every row: 213 ms p99 at 100,000 clients. pg_trgm ships with PostgreSQL (contrib, a trusted
-- extension) and lets such a LIKE use a GIN index for terms of three letters or more.
create extension if not exists pg_trgm;

create index client_file_search_trgm_idx on client_file using gin (search_key gin_trgm_ops);
create index family_file_search_trgm_idx on family_file using gin (search_key gin_trgm_ops);

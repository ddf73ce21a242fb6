-- Each service's search words in a narrow table of their own (bench/local_offer.sh): ranking a
-- few thousand matches reads small rows instead of every matched service's full record, whose
-- text and details PostgreSQL stores out of line.
CREATE TABLE lo_service_words (
  search_rowid BIGINT PRIMARY KEY REFERENCES lo_services (search_rowid),
  vector tsvector NOT NULL
);
INSERT INTO lo_service_words (search_rowid, vector) SELECT search_rowid, search_vector FROM lo_services;
CREATE INDEX lo_service_words_search ON lo_service_words USING GIN (vector);
DROP INDEX lo_services_search;
ALTER TABLE lo_services DROP COLUMN search_vector;

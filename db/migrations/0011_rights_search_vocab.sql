-- The words of the rights search index with the number of pages holding each, so search can correct a mistyped
-- word ("HSM" → "HMS") to one that is in the index. A read-only view of rights_search; it holds no data itself.
CREATE VIRTUAL TABLE `rights_search_vocab` USING fts5vocab(`rights_search`, 'row');

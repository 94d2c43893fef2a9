-- The timeline's index by kind of act leaves out the co-editing batches (ClauseEdited), 94 % of the
-- rows of a long negotiation: a filter on kinds looks for the rare ones through this index, and a
-- filter that includes ClauseEdited finds its rows on the primary key, where they are dense. Every
-- timeline row, live or rebuilt, then costs one index insertion less (docs/benchmarks.md, History).
drop index timeline_entry_by_act;
create index timeline_entry_by_act on timeline_entry (negotiation_id, act, sequence_number)
    where act <> 'ClauseEdited';

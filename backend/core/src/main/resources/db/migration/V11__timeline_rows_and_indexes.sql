-- The timeline costs less per row, live and in a rebuild (docs/benchmarks.md, History; ADR 0021):
--
-- * A row holds what the timeline is filtered and paged by (time, kind of act, delegation, clause);
--   who acted and the parameters of the sentence are read from the event itself when a page is
--   shown (history.TimelineProjection.facts), so the row no longer copies them.
-- * Its index by kind of act leaves out the co-editing batches (ClauseEdited), 94 % of the rows of a
--   long negotiation: a filter on kinds finds the rare ones through this index, and a filter that
--   includes ClauseEdited finds its dense rows on the primary key.
-- * Its index by time is a BRIN index: rows arrive in time order, so a block range's bounds say
--   which blocks hold a time window; a search from a time starts after the last keyframe certainly
--   earlier (history.TimeFloor) and walks the primary key.
alter table timeline_entry drop column actor, drop column actor_name, drop column params;
drop index timeline_entry_by_act;
create index timeline_entry_by_act on timeline_entry (negotiation_id, act, sequence_number)
    where act <> 'ClauseEdited';
drop index timeline_entry_by_time;
create index timeline_entry_by_time on timeline_entry using brin (at);

-- The timeline writes no WAL: its rows are derived from the event store and rebuilt from it in
-- bulk. PostgreSQL empties an unlogged table after a crash (and a physical backup or a replica holds
-- none of its rows): timeline_intact, unlogged too, holds a row from the moment the timeline is
-- whole, and its absence on start has history.TimelineRecovery rebuild the timeline.
alter table timeline_entry set unlogged;
create unlogged table timeline_intact (
    intact boolean primary key default true check (intact)
);
insert into timeline_intact (intact) values (true);

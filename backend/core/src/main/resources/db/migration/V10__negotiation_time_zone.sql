-- The negotiation's own time zone (the venue's), in which its deadlines are set and announced;
-- from the rules of procedure. Negotiations opened before it existed announce in UTC.
alter table negotiation_view add column time_zone text not null default 'Z';

-- Every revision of every clause as co-editing clients need it (docs/co-editing.md §5): the
-- operation from the previous revision, who made it, and every KEYFRAME_EVERY revisions (and
-- at each restart: added, split, merged) the whole wording with its authorship runs, so that a
-- clause with any number of revisions loads from one keyframe and the few operations after it.
-- Written in the same transaction as the event (a subscribing processor): an acknowledged batch
-- is in this table, and nothing is here that is not in the event store.
create table clause_edit_log (
    negotiation_id  varchar(64)  not null,
    clause_id       varchar(64)  not null,
    revision        bigint       not null,
    operation       text,
    client_id       varchar(64),
    client_seq      bigint       not null default 0,
    delegation      varchar(16),
    author_name     text         not null,
    restart         boolean      not null default false,
    wording         text,
    authorship      text,
    recorded_at     timestamptz  not null,
    primary key (negotiation_id, clause_id, revision),
    check ((wording is null) = (authorship is null)),
    check (restart = false or wording is not null)
);

create index clause_edit_log_keyframes on clause_edit_log (negotiation_id, clause_id, revision desc)
    where wording is not null;

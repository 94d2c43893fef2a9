-- Time travel and the timeline of a negotiation (docs/adr/0021-history-keyframes-and-timeline.md).

-- Keyframes of the derived state: what history.CharterFold holds after the events 0..sequence_number
-- of one negotiation, gzipped JSON. Written outside any command's transaction, the first time a
-- fold passes the sequence (lazily); rows are never updated. fold_version names the fold's
-- semantics: a keyframe of another version is ignored. prefix_max_time is the latest event time
-- among events 0..sequence_number, so that an as-of by instant may start from this keyframe when
-- it is at or before the instant.
create table negotiation_keyframe (
    negotiation_id   varchar(255) not null,
    fold_version     integer      not null,
    sequence_number  bigint       not null,
    prefix_max_time  timestamptz  not null,
    state            bytea        not null,
    created_at       timestamptz  not null default now(),
    primary key (negotiation_id, fold_version, sequence_number)
);

create index negotiation_keyframe_by_time on negotiation_keyframe (negotiation_id, fold_version, prefix_max_time);

-- One row per event of a negotiation, as the timeline shows it: who (delegation, account, name),
-- the kind of act, the clause, when, and the parameters of its sentence (jsonb). Kept by the
-- tracking processor history-timeline (replayable, rebuilt with the other read models).
create table timeline_entry (
    negotiation_id   varchar(255) not null,
    sequence_number  bigint       not null,
    at               timestamptz  not null,
    act              varchar(64)  not null,
    delegation       varchar(16),
    actor            varchar(255),
    actor_name       text,
    clause_id        varchar(255),
    params           jsonb        not null default '{}'::jsonb,
    primary key (negotiation_id, sequence_number)
);

-- Keyset paging under each filter stays an index range scan on 1,000,000 events.
create index timeline_entry_by_delegation on timeline_entry (negotiation_id, delegation, sequence_number);
create index timeline_entry_by_clause on timeline_entry (negotiation_id, clause_id, sequence_number);
create index timeline_entry_by_act on timeline_entry (negotiation_id, act, sequence_number);
create index timeline_entry_by_time on timeline_entry (negotiation_id, at, sequence_number);

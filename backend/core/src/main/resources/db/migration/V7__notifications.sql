-- Notifications (processing group "notifications", docs/adr/0019-notifications.md).
-- The processor keeps what it needs to decide who is told in its own tables, derived from the
-- event store like any projection: emptied by its reset handler and refilled on replay. Only the
-- reading marks are not derived from events and survive a replay: they refer to the stable
-- sequence (global event position) of the notifications, which a replay gives back unchanged.

create table notification_negotiation (
    negotiation_id   varchar(64) primary key,
    title            text        not null,
    confidentiality  varchar(32) not null
);

create table notification_delegation (
    negotiation_id  varchar(64) not null,
    code            varchar(16) not null,
    member          boolean     not null,
    primary key (negotiation_id, code)
);

create table notification_clause (
    negotiation_id  varchar(64) not null,
    clause_id       varchar(64) not null,
    label           text        not null,
    revision        bigint      not null,
    primary key (negotiation_id, clause_id)
);

-- Each member delegation's latest position on each clause; told_of_change: it has been told that
-- the wording changed since it declared this position (one notification per burst of edits).
create table notification_position (
    negotiation_id  varchar(64) not null,
    clause_id       varchar(64) not null,
    delegation      varchar(16) not null,
    kind            varchar(32) not null,
    revision        bigint      not null,
    told_of_change  boolean     not null default false,
    primary key (negotiation_id, clause_id, delegation)
);

-- recipient: a delegation code, or '*chair' for the secretariat's accounts.
create table notification (
    sequence          bigint      not null,
    recipient         varchar(16) not null,
    negotiation_id    varchar(64) not null,
    kind              varchar(32) not null,
    clause_id         varchar(64),
    clause_label      text,
    actor_name        text        not null,
    actor_delegation  varchar(16),
    detail            text,
    occurred_at       timestamptz not null,
    primary key (recipient, sequence)
);

-- Per person, not derived from events: everything up to read_up_to has been read.
create table notification_reader (
    username    varchar(64) primary key,
    read_up_to  bigint      not null
);

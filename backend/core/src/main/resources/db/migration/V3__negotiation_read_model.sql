-- Read model of the negotiation projection (processing group "negotiation-projection").
-- Derived from the event store; dropped and rebuilt on replay.
create table negotiation_view (
    negotiation_id  varchar(64)  primary key,
    title           text         not null,
    chair           varchar(64)  not null,
    chair_name      text         not null,
    opened_at       timestamptz  not null,
    last_activity   timestamptz  not null
);

create table delegation_view (
    negotiation_id  varchar(64) not null references negotiation_view on delete cascade,
    code            varchar(8)  not null,
    name            text        not null,
    member          boolean     not null,
    accredited_at   timestamptz not null,
    primary key (negotiation_id, code)
);

create table article_view (
    negotiation_id  varchar(64) not null references negotiation_view on delete cascade,
    article_id      varchar(64) not null,
    position        integer     not null,
    heading         text        not null,
    body            text        not null,
    added_by        text        not null,
    added_at        timestamptz not null,
    primary key (negotiation_id, article_id),
    constraint article_view_position unique (negotiation_id, position)
);

-- Read model of the negotiation projection (processing group "negotiation-projection").
-- Derived from the event store: emptied and refilled on replay.
create table negotiation_view (
    negotiation_id  varchar(64)  primary key,
    title           text         not null,
    chair           varchar(64)  not null,
    chair_name      text         not null,
    decision_rule   varchar(32)  not null,
    opened_at       timestamptz  not null,
    last_activity   timestamptz  not null
);

create table delegation_view (
    negotiation_id  varchar(64) not null references negotiation_view on delete cascade,
    code            varchar(8)  not null,
    name            text        not null,
    member          boolean     not null,
    head            text        not null default '',
    delegates       text[]      not null default '{}',
    accredited_at   timestamptz not null,
    primary key (negotiation_id, code)
);

create table article_view (
    negotiation_id  varchar(64) not null references negotiation_view on delete cascade,
    article_id      varchar(64) not null,
    position        integer     not null,
    kind            varchar(16) not null default 'ARTICLE',
    parent_id       varchar(64),
    heading         text        not null,
    body            text        not null,
    revision        bigint      not null,
    hash            char(64)    not null,
    status          varchar(32) not null,
    silence_held_revision bigint not null default 0,
    added_by        text        not null,
    added_at        timestamptz not null,
    primary key (negotiation_id, article_id),
    constraint article_view_position unique (negotiation_id, position)
);

-- the latest position of each member delegation on each clause, with the revision it was given on
create table position_view (
    negotiation_id  varchar(64) not null,
    article_id      varchar(64) not null,
    delegation      varchar(8)  not null,
    revision        bigint      not null,
    hash            char(64)    not null,
    kind            varchar(32) not null,
    statement       text        not null,
    declared_by     text        not null,
    declared_at     timestamptz not null,
    primary key (negotiation_id, article_id, delegation),
    foreign key (negotiation_id, article_id) references article_view on delete cascade
);

-- amendments with the wording they were tabled on (so they can always be shown as a diff against it)
create table amendment_view (
    negotiation_id      varchar(64)  not null references negotiation_view on delete cascade,
    amendment_id        varchar(64)  not null,
    article_id          varchar(64)  not null,
    kind                varchar(32)  not null,
    state               varchar(32)  not null,
    proposer            varchar(8)   not null,
    cosponsors          varchar(8)[] not null default '{}',
    base_revision       bigint       not null,
    base_wording        text         not null,
    revision            bigint       not null,
    range_from          integer      not null,
    range_to            integer      not null,
    replaced            text         not null,
    text                text         not null,
    heading             text         not null,
    justification       text         not null,
    decision            text         not null default '',
    option              boolean      not null default false,
    move_after          varchar(64),
    resulting_revision  bigint,
    tabled_by           text         not null,
    tabled_at           timestamptz  not null,
    primary key (negotiation_id, amendment_id)
);

create table comment_view (
    negotiation_id  varchar(64) not null references negotiation_view on delete cascade,
    comment_id      varchar(64) not null,
    article_id      varchar(64) not null,
    in_reply_to     varchar(64),
    text            text        not null,
    author          text        not null,
    delegation      varchar(8),
    written_at      timestamptz not null,
    primary key (negotiation_id, comment_id)
);

create table milestone_view (
    negotiation_id   varchar(64) not null references negotiation_view on delete cascade,
    sequence         integer     not null,
    kind             varchar(32) not null,
    document_symbol  text        not null,
    text_hash        char(64)    not null,
    clauses          integer     not null,
    issued_at        timestamptz not null,
    primary key (negotiation_id, sequence)
);

-- adoption, authentication acts and statements attached to the adopted text
create table adoption_view (
    negotiation_id  varchar(64) primary key references negotiation_view on delete cascade,
    text_hash       char(64)    not null,
    by_silence      boolean     not null,
    adopted_at      timestamptz not null
);

create table attachment_view (
    negotiation_id  varchar(64) not null references negotiation_view on delete cascade,
    seq             bigint generated always as identity,
    event_id        varchar(64) not null unique,
    delegation      varchar(8)  not null,
    kind            varchar(40) not null,
    text            text        not null,
    recorded_by     text        not null,
    recorded_at     timestamptz not null,
    primary key (negotiation_id, seq)
);

create table silence_view (
    negotiation_id  varchar(64)   not null references negotiation_view on delete cascade,
    silence_id      varchar(64)   not null,
    clauses         varchar(64)[] not null,
    expires_at      timestamptz   not null,
    state           varchar(16)   not null,
    opened_by       text          not null,
    broken_by       varchar(8),
    broken_act      text,
    closed_at       timestamptz,
    late_acts       text[]        not null default '{}',
    primary key (negotiation_id, silence_id)
);

create table round_view (
    negotiation_id      varchar(64) not null references negotiation_view on delete cascade,
    number              integer     not null,
    title               text        not null,
    opens_at            timestamptz not null,
    closes_at           timestamptz not null,
    amendment_deadline  timestamptz not null,
    primary key (negotiation_id, number)
);

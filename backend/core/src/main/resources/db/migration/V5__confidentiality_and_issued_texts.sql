-- What observers may see (the rules of procedure's confidentiality), and the exact wording
-- frozen by every issued text, so that observers restricted to issued texts can read them.
alter table negotiation_view
    add column confidentiality varchar(16) not null default 'LIVE',
    add column delay_minutes   integer     not null default 0;

create table milestone_clause_view (
    negotiation_id  varchar(64) not null,
    sequence        integer     not null,
    ordinal         integer     not null,
    clause_id       varchar(64) not null,
    number          integer     not null,
    heading         text        not null,
    wording         text        not null,
    revision        bigint      not null,
    hash            char(64)    not null,
    primary key (negotiation_id, sequence, ordinal),
    foreign key (negotiation_id, sequence) references milestone_view on delete cascade
);

-- The agreement of each negotiation over time (board chart, ADR 0017): a row each time the
-- number of clauses in some status changed, written by the negotiation projection in the same
-- transaction as the change, at the event's time. Derived: emptied and refilled on replay.
create table agreement_history (
    negotiation_id        varchar(64) not null references negotiation_view on delete cascade,
    seq                   bigint      generated always as identity,
    occurred_at           timestamptz not null,
    proposed              integer     not null,
    bracketed             integer     not null,
    options               integer     not null,
    agreed_ad_referendum  integer     not null,
    agreed                integer     not null,
    adopted               integer     not null,
    primary key (negotiation_id, seq)
);

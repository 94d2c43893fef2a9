-- People who can sign in. Credentials are deliberately not events: a password hash does not
-- belong in an immutable, exportable history. Roles are described in docs/adr/0004-security.md.
create table account (
    username       varchar(64)  primary key,
    password_hash  varchar(255) not null,
    display_name   varchar(120) not null,
    role           varchar(32)  not null check (role in ('CHAIR', 'HEAD_OF_DELEGATION', 'DELEGATE', 'OBSERVER')),
    delegation     varchar(8),
    enabled        boolean      not null default true,
    created_at     timestamptz  not null default now(),
    constraint account_delegation_required check (role = 'CHAIR' or delegation is not null)
);

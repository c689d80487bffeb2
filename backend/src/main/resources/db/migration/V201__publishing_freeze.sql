-- A publishing freeze holds due publishing (all platforms when platform is null) until it is lifted.
create table publishing_freeze (
    id          varchar(36)   not null,
    platform    varchar(20),
    reason      varchar(1000) not null,
    frozen_by   varchar(64)   not null,
    frozen_at   ${timestamp}  not null,
    lifted_by   varchar(64),
    lifted_at   ${timestamp},
    constraint pk_publishing_freeze primary key (id)
);
